/** The alerts not yet resolved, newest first: what happened, and Acknowledge, Snooze 1h, Start incident and the runbook for each. */
import { useLayoutEffect, useRef } from "react";
import { Link } from "wouter";
import type { AlertView } from "../../../shared/domain/status";
import { routes } from "../../../shared/ipc/routes";
import { alertLabel } from "../../components/alert-text";
import { Badge } from "../../components/badge";
import { relativeTime } from "../../components/relative-time";
import { StartIncidentButton } from "../../components/start-incident-button";
import { formatZonedTime } from "../../components/zoned-time";
import { useAcknowledgeAlert, useSnoozeAlert } from "../../queries/status";

const HOUR_MS = 3_600_000;

function AlertItem({ alert, name, at, now, zone }: { alert: AlertView; name: string; at: string; now: number; zone: string }) {
  const acknowledge = useAcknowledgeAlert();
  const snooze = useSnoozeAlert();
  const item = useRef<HTMLLIElement>(null);
  // Set when an action starts from this item: once the new state removes the focused button, focus stays on the alert instead of falling to the page.
  const keepFocus = useRef(false);
  useLayoutEffect(() => {
    if (keepFocus.current && item.current && !item.current.contains(document.activeElement)) item.current.focus();
    keepFocus.current = false;
  }, [alert.state]);
  const busy = acknowledge.isPending || snooze.isPending;
  const label = alertLabel(alert, name);
  // An hour from main's now (the snapshot's instant), not the renderer's: main decides when the snooze ends.
  const until = new Date(Date.parse(at) + HOUR_MS).toISOString();
  const act = (run: () => void) => {
    keepFocus.current = item.current?.contains(document.activeElement) ?? false;
    run();
  };
  return (
    <li className="alert" ref={item} tabIndex={-1} data-list-item data-alert={alert.id} data-pipeline={alert.pipelineId} data-state={alert.state} aria-label={`${label}, ${alert.state}`}>
      <div className="alert__main">
        <span className="alert__title">
          <Badge kind={`state-${alert.kind}`}>{alert.kind}</Badge>
          <Link href={routes.pipeline(alert.pipelineId)} className="alert__pipeline">
            {name}
          </Link>
          <Badge kind={`alert-${alert.state}`}>{alert.state}</Badge>
        </span>
        <span className="alert__reason" title={alert.reason}>
          {alert.reason}
        </span>
        <span className="cell__detail">
          opened <time dateTime={alert.openedAt}>{relativeTime(alert.openedAt, now)}</time>
          {alert.state === "snoozed" && alert.snoozedUntil && (
            <>
              {" "}
              · snoozed until <time dateTime={alert.snoozedUntil}>{formatZonedTime(alert.snoozedUntil, zone)}</time>
            </>
          )}
        </span>
      </div>
      <div className="alert__actions">
        {(alert.state === "open" || alert.state === "snoozed") && (
          <button type="button" className="button button--primary" disabled={busy} onClick={() => act(() => acknowledge.mutate(alert.id))}>
            Acknowledge<span className="sr-only"> {label}</span>
          </button>
        )}
        {alert.state === "open" && (
          <button type="button" className="button" disabled={busy} onClick={() => act(() => snooze.mutate({ alertId: alert.id, until }))}>
            Snooze 1h<span className="sr-only"> {label}</span>
          </button>
        )}
        <StartIncidentButton pipelineId={alert.pipelineId} alertId={alert.id} label={label} />
        <Link href={routes.runbook(alert.pipelineId)} className="button button--quiet">
          Runbook<span className="sr-only"> for {name}</span>
        </Link>
      </div>
    </li>
  );
}

/** The alerts of a snapshot; `names` maps pipeline ids to names, `at` is the snapshot's instant, `now` the clock, `zone` the workspace's. */
export function AlertList({ alerts, names, at, now, zone }: { alerts: readonly AlertView[]; names: ReadonlyMap<string, string>; at: string; now: number; zone: string }) {
  if (alerts.length === 0) return <p className="status">No open alerts.</p>;
  return (
    <ul className="alerts" data-list aria-label="Alerts">
      {alerts.map((alert) => (
        <AlertItem key={alert.id} alert={alert} name={names.get(alert.pipelineId) ?? alert.pipelineId} at={at} now={now} zone={zone} />
      ))}
    </ul>
  );
}
