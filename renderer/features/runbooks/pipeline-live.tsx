/** Beside a runbook: its pipeline's live state and reason, and the deadline that matters with its countdown. */
import type { PipelineSnapshot } from "../../../shared/domain/status";
import { Badge } from "../../components/badge";
import { relativeTime } from "../../components/relative-time";
import { Section } from "../../components/section";
import { formatZoned } from "../../components/zoned-time";

/** The panel; `snapshot` is undefined until the first poll has been evaluated. */
export function PipelineLive({ snapshot, zone, now }: { snapshot: PipelineSnapshot | undefined; zone: string; now: number }) {
  return (
    <Section title="Live state">
      {snapshot ? (
        <dl className="facts">
          <dt>State</dt>
          <dd className="pipeline-state" data-state={snapshot.state}>
            <Badge kind={`state-${snapshot.state}`}>{snapshot.state}</Badge> {snapshot.reason}
          </dd>
          <dt>Deadline</dt>
          <dd data-deadline={snapshot.deadline ?? ""}>{snapshot.deadline ? `${formatZoned(snapshot.deadline, zone)} (${relativeTime(snapshot.deadline, now)})` : "—"}</dd>
        </dl>
      ) : (
        <p className="status">Reading the source…</p>
      )}
    </Section>
  );
}
