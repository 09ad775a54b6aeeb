/** Every pipeline of the workspace with its live state, area, impact, SLA, schedule and owners, filterable by area. */
import { Link } from "wouter";
import { routes } from "../../../shared/ipc/routes";
import type { ViewProps } from "../../app/route-table";
import { Badge } from "../../components/badge";
import { DemoLabel } from "../../components/demo-label";
import { ViewHeader } from "../../components/view-header";
import { useStatus } from "../../queries/status";
import { useWorkspaceModel } from "../../queries/workspace";
import { useUiStore, type AreaFilter } from "../../stores/ui-store";

const AREAS: AreaFilter[] = ["all", "profit", "growth", "engagement"];

function AreaChips() {
  const area = useUiStore((state) => state.area);
  const setArea = useUiStore((state) => state.setArea);
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

/** The Pipelines view. */
export function PipelinesView(_: ViewProps) {
  const { workspace, isPending } = useWorkspaceModel();
  const area = useUiStore((state) => state.area);
  const status = useStatus().data;
  if (!workspace) return <p className="status">{isPending ? "Loading the workspace…" : "No valid workspace is loaded."}</p>;
  const names = new Map(workspace.team.map((engineer) => [engineer.id, engineer.name]));
  const states = new Map((status?.pipelines ?? []).map((p) => [p.id, p]));
  const shown = workspace.pipelines.filter((pipeline) => area === "all" || pipeline.area === area);
  return (
    <div className="view">
      <ViewHeader title="Pipelines" meta={`${shown.length} of ${workspace.pipelines.length}`} actions={<DemoLabel demo={status?.pipelines.some((p) => p.demo) ?? false} />} />
      <div className="subbar">
        <AreaChips />
      </div>
      <table className="table" data-list aria-label="Pipelines">
        <thead>
          <tr>
            <th scope="col">Pipeline</th>
            <th scope="col">State</th>
            <th scope="col">Area</th>
            <th scope="col">Impact</th>
            <th scope="col">SLA</th>
            <th scope="col">Schedule (UTC)</th>
            <th scope="col">Owner P1</th>
            <th scope="col">Owner P2</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((pipeline) => {
            const live = states.get(pipeline.id);
            return (
              <tr key={pipeline.id} data-pipeline={pipeline.id} data-state={live?.state ?? "unread"}>
                <td>
                  <Link href={routes.pipeline(pipeline.id)} className="cell__title" data-list-item>
                    {pipeline.name}
                  </Link>
                  <div className="cell__detail">{pipeline.purpose}</div>
                </td>
                <td>{live ? <Badge kind={`state-${live.state}`}>{live.state}</Badge> : <span className="muted">—</span>}</td>
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
    </div>
  );
}
