/** The pipelines: area, impact, SLA, schedule and owners, filterable by area. */
import type { Workspace } from "../../../shared/domain/workspace";
import { Badge } from "../../components/badge";
import { Section } from "../../components/section";
import { useOverviewStore, type AreaFilter } from "../../stores/overview-store";

const AREAS: AreaFilter[] = ["all", "profit", "growth", "engagement"];

function AreaChips() {
  const area = useOverviewStore((state) => state.area);
  const setArea = useOverviewStore((state) => state.setArea);
  return (
    <div className="chips" role="group" aria-label="Filter by area">
      {AREAS.map((value) => (
        <button key={value} type="button" className={`chip${area === value ? " chip--on" : ""}`} aria-pressed={area === value} onClick={() => setArea(value)}>
          {value}
        </button>
      ))}
    </div>
  );
}

/** The pipeline table. */
export function PipelineSection({ workspace }: { workspace: Workspace }) {
  const area = useOverviewStore((state) => state.area);
  const highlighted = useOverviewStore((state) => state.highlighted);
  const names = new Map(workspace.team.map((engineer) => [engineer.id, engineer.name]));
  const shown = workspace.pipelines.filter((pipeline) => area === "all" || pipeline.area === area);
  return (
    <Section title="Pipelines" count={shown.length} actions={<AreaChips />}>
      <table className="table">
        <thead>
          <tr>
            <th>Pipeline</th>
            <th>Area</th>
            <th>Impact</th>
            <th>SLA</th>
            <th>Schedule (UTC)</th>
            <th>Owner P1</th>
            <th>Owner P2</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((pipeline) => {
            const owned = highlighted !== undefined && (pipeline.owners.primary === highlighted || pipeline.owners.secondary === highlighted);
            return (
              <tr key={pipeline.id} className={owned ? "row--highlighted" : undefined}>
                <td>
                  <div className="cell__title">{pipeline.name}</div>
                  <div className="cell__detail">{pipeline.purpose}</div>
                </td>
                <td>
                  <Badge kind={pipeline.area}>{pipeline.area}</Badge>
                </td>
                <td>
                  <Badge kind={`impact-${pipeline.impact}`}>{pipeline.impact}</Badge>
                </td>
                <td className="mono">{pipeline.sla}</td>
                <td className="mono">{pipeline.schedule}</td>
                <td>{names.get(pipeline.owners.primary) ?? pipeline.owners.primary}</td>
                <td>{names.get(pipeline.owners.secondary) ?? pipeline.owners.secondary}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Section>
  );
}
