/** A pipeline's newest runs: id, why it ran, state, the interval it belongs to, when it started and how long it took. */
import { formatDuration } from "../../../shared/domain/duration";
import type { PipelineRun } from "../../../shared/domain/runs";
import { Badge } from "../../components/badge";
import { ZonedTime } from "../../components/zoned-time";

/** How long a run took, or has been running at `now` (ISO). */
export function runDuration(run: PipelineRun, now: string): string {
  if (!run.start) return "—";
  const end = run.end ?? (run.state === "running" ? now : null);
  if (!end) return "—";
  const text = formatDuration(Date.parse(end) - Date.parse(run.start));
  return run.end ? text : `${text} so far`;
}

/** The runs table; `now` is main's instant of the history. */
export function RecentRuns({ runs, zone, now }: { runs: readonly PipelineRun[]; zone: string; now: string }) {
  if (runs.length === 0) return <p className="status">No runs read from the source yet.</p>;
  return (
    <table className="table runs" aria-label="Recent runs">
      <thead>
        <tr>
          <th scope="col">Run</th>
          <th scope="col">Type</th>
          <th scope="col">State</th>
          <th scope="col">Interval</th>
          <th scope="col">Started</th>
          <th scope="col">Duration</th>
        </tr>
      </thead>
      <tbody>
        {runs.map((run) => (
          <tr key={`${run.runId}-${run.intervalEnd}`} data-run={run.runId} data-state={run.state}>
            <td className="mono runs__id" title={run.runId}>
              {run.runId}
            </td>
            <td>
              {/* Sources that cannot tell say nothing: those runs are scheduled ones (runs.ts). */}
              <Badge kind={`run-type-${run.runType ?? "scheduled"}`}>{run.runType ?? "scheduled"}</Badge>
            </td>
            <td>
              <Badge kind={`run-${run.state}`}>{run.state}</Badge>
            </td>
            <td>
              <ZonedTime iso={run.intervalEnd} zone={zone} />
            </td>
            <td>
              <ZonedTime iso={run.start} zone={zone} />
            </td>
            <td className="num">{runDuration(run, now)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
