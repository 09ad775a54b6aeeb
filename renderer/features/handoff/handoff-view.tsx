/** The hand-over: who hands over to whom and when, and what is still open to pass on (the incident work adds notes and summaries). */
import { Link } from "wouter";
import { routes } from "../../../shared/ipc/routes";
import type { ViewProps } from "../../app/route-table";
import { alertLabel, needsAnswer } from "../../components/alert-text";
import { relativeTime } from "../../components/relative-time";
import { Section } from "../../components/section";
import { ViewHeader } from "../../components/view-header";
import { formatZoned } from "../../components/zoned-time";
import { useNow } from "../../hooks/use-now";
import { useOnCall, useStatus } from "../../queries/status";

/** The hand-over view. */
export function HandoffView(_: ViewProps) {
  const onCall = useOnCall().data;
  const status = useStatus().data;
  const now = useNow();
  const open = (status?.alerts ?? []).filter(needsAnswer);
  const troubled = (status?.pipelines ?? []).filter((p) => p.state !== "healthy" && p.state !== "running");
  const names = new Map((status?.pipelines ?? []).map((p) => [p.id, p.name]));
  const next = onCall?.next[0];
  return (
    <div className="view">
      <ViewHeader title="Hand-over" />
      {onCall && (
        <Section title="Who hands over">
          <p>
            {onCall.shift ? onCall.shift.name : "Nobody"} → {next ? next.name : "nobody"}
            {onCall.shift && (
              <>
                , <time dateTime={onCall.shift.end}>{formatZoned(onCall.shift.end, onCall.zone)}</time> ({relativeTime(onCall.shift.end, now)})
              </>
            )}
          </p>
        </Section>
      )}
      <Section title="Still open" count={open.length + troubled.length}>
        {open.length + troubled.length === 0 && <p className="status">Nothing to pass on: no open alert, every pipeline healthy or running.</p>}
        <ul className="link-list" data-list>
          {open.map((alert) => (
            <li key={alert.id}>
              <Link href={routes.pipeline(alert.pipelineId)} data-list-item>
                {alertLabel(alert, names.get(alert.pipelineId) ?? alert.pipelineId)}
              </Link>{" "}
              ({alert.state})
            </li>
          ))}
          {troubled.map((p) => (
            <li key={p.id}>
              <Link href={routes.pipeline(p.id)} data-list-item>
                {p.name}
              </Link>{" "}
              is {p.state}: {p.reason}
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
