/** The live signals of the risk register: what is happening now that bears on a risk. */
import type { KpiReport } from "../../kpis/kpis";

/** What a signal is about. */
export type RiskSignalKind = "owners-away" | "knowledge-silo" | "runbook-stale" | "single-senior-holiday" | "source-down" | "sla-below-target";

/** The kinds in the order they are listed: people first, then documentation, then systems. */
export const SIGNAL_KINDS: readonly RiskSignalKind[] = ["owners-away", "knowledge-silo", "single-senior-holiday", "runbook-stale", "source-down", "sla-below-target"];

/** One signal. Instants are ISO with the workspace's offset. */
export interface RiskSignal {
  kind: RiskSignalKind;
  /** One or two sentences for a human. */
  text: string;
  /** The pipelines it concerns (the engineer's, for a knowledge silo; the source's, for a source down; none for a holiday rule). */
  pipelines: string[];
  /** The engineers it concerns (both owners, the silo, the one left on call). */
  engineers: string[];
  /** The source it concerns (source-down), else null. */
  source: string | null;
  /** When it holds from, when known. */
  from: string | null;
  /** When it stops holding, when known. */
  until: string | null;
  /** The risks it bears on: those of its category linked to its pipelines (see signal-bearing.ts). */
  riskIds: string[];
}

/** A signal before it is matched to the register. */
export type SignalDraft = Omit<RiskSignal, "riskIds">;

/** When a runbook last changed: its last commit (`git`) or the file's modification time (`mtime`). */
export interface RunbookChange {
  at: string;
  from: "git" | "mtime";
}

/** A source that cannot be read now, and since when. */
export interface SourceOutage {
  sourceId: string;
  /** ISO: since when its pipelines have had no fresh reading. */
  since: string;
  /** Why the last read failed. */
  reason: string;
}

/** What the live status adds to the signals (the app, `risks --with-status`). */
export interface LiveStatus {
  outages: readonly SourceOutage[];
  /** The KPIs of the last 7 days. */
  kpis: KpiReport;
}
