/** How an alert is named to people and screen readers: "Aggregate Profit late alert". */
import type { AlertKind, AlertView } from "../../shared/domain/status";

const KIND_TEXT: Record<AlertKind, string> = { late: "late", failed: "failed", "at-risk": "at-risk", unknown: "unknown-state" };

/** "Aggregate Profit late alert": what every control acting on the alert says it acts on. */
export function alertLabel(alert: Pick<AlertView, "kind">, pipelineName: string): string {
  return `${pipelineName} ${KIND_TEXT[alert.kind]} alert`;
}

/** True while an alert still asks for someone: open, or snoozed (it comes back). */
export function needsAnswer(alert: Pick<AlertView, "state">): boolean {
  return alert.state === "open" || alert.state === "snoozed";
}
