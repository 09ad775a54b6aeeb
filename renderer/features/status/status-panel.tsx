/** Every pipeline's live state: badge, reason, deadline, last run and source; a row opens its escalation chain. */
import type { PipelineSnapshot, StatusSnapshot } from "../../../shared/domain/status";
import { Badge } from "../../components/badge";
import { Section } from "../../components/section";
import { ZonedTime } from "../../components/zoned-time";
import { useOverviewStore } from "../../stores/overview-store";

function LastRun({ run, zone }: { run: PipelineSnapshot["lastRun"]; zone: string }) {
  if (!run) return <span className="muted">none</span>;
  return (
    <>
      <Badge kind={`run-${run.state}`}>{run.state}</Badge>{" "}
      <span className="cell__detail">
        {run.end ? "ended " : "since "}
        <ZonedTime iso={run.end ?? run.start} zone={zone} />
      </span>
    </>
  );
}

function Row({ pipeline, zone }: { pipeline: PipelineSnapshot; zone: string }) {
  const selected = useOverviewStore((state) => state.selected === pipeline.id);
  const select = useOverviewStore((state) => state.select);
  return (
    <tr className={selected ? "row--selected" : undefined} data-pipeline={pipeline.id} data-state={pipeline.state}>
      <td>
        <button type="button" className="link" aria-pressed={selected} onClick={() => select(pipeline.id)}>
          {pipeline.name}
        </button>
      </td>
      <td>
        <Badge kind={`state-${pipeline.state}`}>{pipeline.state}</Badge>
      </td>
      <td className="cell__reason">{pipeline.reason}</td>
      <td>
        <ZonedTime iso={pipeline.deadline} zone={zone} />
      </td>
      <td>
        <LastRun run={pipeline.lastRun} zone={zone} />
      </td>
      <td className="mono">
        {pipeline.source}
        {pipeline.demo && (
          <>
            {" "}
            <Badge kind="demo">demo</Badge>
          </>
        )}
      </td>
    </tr>
  );
}

/** The status table; `zone` is the workspace's time zone. */
export function StatusPanel({ snapshot, zone }: { snapshot: StatusSnapshot; zone: string }) {
  const demo = snapshot.pipelines.some((p) => p.demo);
  return (
    <Section title="Pipeline status" count={snapshot.pipelines.length} actions={demo ? <span className="demo-label">DEMO DATA — simulated runs</span> : undefined}>
      {snapshot.pipelines.length === 0 ? (
        <p className="status">Reading the sources…</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th>Pipeline</th>
              <th>State</th>
              <th>Reason</th>
              <th>Deadline</th>
              <th>Last run</th>
              <th>Source</th>
            </tr>
          </thead>
          <tbody>
            {snapshot.pipelines.map((pipeline) => (
              <Row key={pipeline.id} pipeline={pipeline} zone={zone} />
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
