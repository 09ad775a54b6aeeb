/** Which risks a signal bears on: those of the signal's category that are linked to one of its pipelines. */
import type { Risk } from "../../workspace-schema";
import type { RiskCategory } from "../risk-entry";
import type { RiskSignalKind, SignalDraft } from "./risk-signal";

/** The register category each kind of signal speaks to (the seed: team availability and knowledge silos are operational, source failures technical, SLA violations business). */
export const SIGNAL_CATEGORY: Readonly<Record<RiskSignalKind, RiskCategory>> = {
  "owners-away": "operational",
  "knowledge-silo": "operational",
  "runbook-stale": "operational",
  "single-senior-holiday": "operational",
  "source-down": "technical",
  "sla-below-target": "business",
};

/** True when `signal` bears on `risk`: same category, and a pipeline in common (a signal or risk tied to no pipeline concerns them all). */
export function bearsOn(signal: Pick<SignalDraft, "kind" | "pipelines">, risk: Pick<Risk, "category" | "pipelines">): boolean {
  if (SIGNAL_CATEGORY[signal.kind] !== risk.category) return false;
  if (signal.pipelines.length === 0 || risk.pipelines.length === 0) return true;
  return signal.pipelines.some((p) => risk.pipelines.includes(p));
}
