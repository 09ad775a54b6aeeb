/** Where a click on an alert (a notification, a reminder, a tray item) opens the window. */
import type { AlertView } from "../../shared/domain/status";
import { routes, type RoutePath } from "../../shared/ipc/routes";

/**
 * The pipeline's runbook, to work through its checklist with the escalation contacts beside it; for
 * an alert that only says the source cannot be read (`unknown`), the pipeline, whose warnings say why.
 */
export function alertRoute(alert: Pick<AlertView, "kind" | "pipelineId">): RoutePath {
  return alert.kind === "unknown" ? routes.pipeline(alert.pipelineId) : routes.runbook(alert.pipelineId);
}
