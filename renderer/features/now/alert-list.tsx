/** The alerts not yet resolved, each with Acknowledge and Snooze 1h. */
import type { AlertView, StatusSnapshot } from "../../../shared/domain/status";
import { Badge } from "../../components/badge";
import { Section } from "../../components/section";
import { ZonedTime } from "../../components/zoned-time";
import { useAcknowledgeAlert, useSnoozeAlert } from "../../queries/status";

const HOUR_MS = 3_600_000;

function AlertItem({ alert, name, at, zone }: { alert: AlertView; name: string; at: string; zone: string }) {
  const acknowledge = useAcknowledgeAlert();
  const snooze = useSnoozeAlert();
  const busy = acknowledge.isPending || snooze.isPending;
  // An hour from main's now (the snapshot's instant), not the renderer's: main decides when the snooze ends.
  const until = new Date(Date.parse(at) + HOUR_MS).toISOString();
  return (
    <li className="alert" data-alert={alert.id} data-state={alert.state}>
      <div className="alert__main">
        <span className="alert__title">
          <Badge kind={`state-${alert.kind}`}>{alert.kind}</Badge> {name} <Badge kind={`alert-${alert.state}`}>{alert.state}</Badge>
        </span>
        <span className="cell__detail">
          {alert.reason} · opened <ZonedTime iso={alert.openedAt} zone={zone} />
          {alert.state === "snoozed" && (
            <>
              {" "}
              · snoozed until <ZonedTime iso={alert.snoozedUntil} zone={zone} />
            </>
          )}
        </span>
      </div>
      <div className="alert__actions">
        {(alert.state === "open" || alert.state === "snoozed") && (
          <button type="button" className="button" disabled={busy} onClick={() => acknowledge.mutate(alert.id)}>
            Acknowledge
          </button>
        )}
        {alert.state === "open" && (
          <button type="button" className="button" disabled={busy} onClick={() => snooze.mutate({ alertId: alert.id, until })}>
            Snooze 1h
          </button>
        )}
      </div>
    </li>
  );
}

/** The alert list of a snapshot; `names` maps pipeline ids to names. */
export function AlertsPanel({ snapshot, names, zone }: { snapshot: StatusSnapshot; names: ReadonlyMap<string, string>; zone: string }) {
  return (
    <Section title="Open alerts" count={snapshot.alerts.length}>
      {snapshot.alerts.length === 0 ? (
        <p className="status">No open alerts.</p>
      ) : (
        <ul className="alerts">
          {snapshot.alerts.map((alert) => (
            <AlertItem key={alert.id} alert={alert} name={names.get(alert.pipelineId) ?? alert.pipelineId} at={snapshot.at} zone={zone} />
          ))}
        </ul>
      )}
    </Section>
  );
}
