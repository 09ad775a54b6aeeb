/** One desktop notification per newly raised alert, naming who is on call and the pipeline's primary owner. */
import { onCallLabel, onCallView } from "../../shared/domain/rotation/on-call-view";
import type { AlertKind, AlertView } from "../../shared/domain/status";
import type { RoutePath } from "../../shared/ipc/routes";
import { alertRoute } from "./alert-route";
import type { Clock } from "../services/clock";
import type { Desk, DeskAttachment } from "./live-desk";
import type { NotifiedKeys } from "./notified-keys";
import type { NotifyRequest } from "./notifier";

const WHAT: Record<AlertKind, string> = {
  late: "is late",
  failed: "failed",
  "at-risk": "is at risk",
  unknown: "status is unknown",
};

/** Title and body of the notification for `alert`: pipeline and state; reason, on call and P1. */
export function alertNotice(desk: Desk, alert: AlertView, now: Date): { title: string; body: string } {
  const { workspace } = desk;
  const pipeline = workspace.pipelines.find((p) => p.id === alert.pipelineId);
  const nameOf = (id: string) => workspace.team.find((e) => e.id === id)?.name ?? id;
  const shift = onCallView(workspace, desk.schedule, now.getTime(), 0).shift;
  const who = [`On call: ${shift ? onCallLabel(shift) : "nobody"}`, pipeline && `P1: ${nameOf(pipeline.owners.primary)}`].filter(Boolean).join(" · ");
  // Simulated runs must never be mistaken for a real incident.
  const demo = pipeline !== undefined && workspace.sources.find((s) => s.id === pipeline.source.id)?.kind === "demo";
  return { title: `${demo ? "Demo: " : ""}${pipeline?.name ?? alert.pipelineId} ${WHAT[alert.kind]}`, body: `${alert.reason}\n${who}` };
}

/**
 * A desk attachment that notifies each alert the book raises, once: the notified ids outlive desks
 * and restarts (`notified` persists them), so a workspace reload, a restart or a reopened alert
 * never announces the same alert twice. Snoozed alerts stay silent. A click calls `open` with the
 * alert's route (alert-route.ts: the pipeline's runbook).
 */
export function alertNotifications(clock: Clock, notify: (request: NotifyRequest) => unknown, open: (path: RoutePath) => void, notified: NotifiedKeys): DeskAttachment {
  return (desk) =>
    desk.monitor.book.subscribe(({ raised }) => {
      for (const alert of raised) {
        const key = `alert/${alert.id}`;
        if (alert.state !== "open" || notified.has(key)) continue;
        notified.add(key);
        notify({ ...alertNotice(desk, alert, clock.now()), onClick: () => open(alertRoute(alert)) });
      }
    });
}
