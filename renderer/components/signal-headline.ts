/**
 * A live risk signal in a few words, where a whole sentence does not fit (the Now view's line):
 * "Lisa Wang and Sarah Johnson both away Dec 21–24 (Daily Growth)". The signal's own `text` is the
 * full account; this only shortens it. Plain Intl, no luxon: the Now view is in the initial bundle.
 */
import type { RiskSignal, RiskSignalKind } from "../../shared/domain/risks/signals/risk-signal";
import type { Workspace } from "../../shared/domain/workspace";

/** What each kind of signal is called on a label. */
export const SIGNAL_LABELS: Readonly<Record<RiskSignalKind, string>> = {
  "owners-away": "owners away",
  "knowledge-silo": "knowledge silo",
  "single-senior-holiday": "holiday stretch",
  "runbook-stale": "stale runbook",
  "source-down": "source down",
  "sla-below-target": "below SLA target",
};

/** Names of the engineers and pipelines a signal refers to by id. */
export interface SignalNames {
  engineer: (id: string) => string;
  pipeline: (id: string) => string;
}

/** The names of a workspace's engineers (and manager) and pipelines; an id it does not know stays as written. */
export function signalNames(workspace: Pick<Workspace, "team" | "manager" | "pipelines"> | undefined): SignalNames {
  const people = new Map((workspace?.team ?? []).map((e) => [e.id, e.name]));
  if (workspace) people.set(workspace.manager.id, workspace.manager.name);
  const pipelines = new Map((workspace?.pipelines ?? []).map((p) => [p.id, p.name]));
  return { engineer: (id) => people.get(id) ?? id, pipeline: (id) => pipelines.get(id) ?? id };
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** The month and day of an instant in `zone`, as numbers and the month's short name. */
function localDay(ms: number, zone: string): { month: string; day: number; key: string } {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone: zone, year: "numeric", month: "short", day: "numeric" });
    formats.set(zone, format);
  }
  const parts = format.formatToParts(ms);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return { month: part("month"), day: Number(part("day")), key: `${part("year")} ${part("month")}` };
}

/**
 * The local days an interval [from, until) touches: "Dec 21–24", "Dec 31 – Jan 2", "Dec 21"; the
 * end is exclusive, so time off ending at midnight ends the day before.
 */
export function dayRange(fromIso: string, untilIso: string, zone: string): string {
  const first = localDay(Date.parse(fromIso), zone);
  const last = localDay(Math.max(Date.parse(fromIso), Date.parse(untilIso) - 1), zone);
  if (first.key === last.key) return first.day === last.day ? `${first.month} ${first.day}` : `${first.month} ${first.day}–${last.day}`;
  return `${first.month} ${first.day} – ${last.month} ${last.day}`;
}

/** The local day an interval starts, or the days it spans when its end is known. */
function when(signal: RiskSignal, zone: string): string {
  if (signal.from === null) return "";
  return signal.until === null ? `since ${dayRange(signal.from, signal.from, zone)}` : dayRange(signal.from, signal.until, zone);
}

/** The signal in a few words, names resolved, days in `zone`. */
export function signalHeadline(signal: RiskSignal, names: SignalNames, zone: string): string {
  const engineers = signal.engineers.map(names.engineer);
  const pipelines = signal.pipelines.map(names.pipeline);
  switch (signal.kind) {
    case "owners-away":
      return `${engineers.join(" and ")} both away ${when(signal, zone)} (${pipelines.join(", ")})`;
    case "knowledge-silo":
      return `${engineers.join(", ")} is P1 of ${pipelines.length} pipelines`;
    case "single-senior-holiday":
      return `${engineers.join(", ")} alone on call ${when(signal, zone)}`;
    case "runbook-stale":
      return `${pipelines.join(", ")} runbook stale ${when(signal, zone)}`;
    case "source-down":
      return `source ${signal.source ?? "?"} unreadable ${when(signal, zone)}`;
    case "sla-below-target":
      return `${pipelines.join(", ")} under its SLA target`;
  }
}
