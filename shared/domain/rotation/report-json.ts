/** Lint findings and fairness reports as JSON, for the CLI's --json and the app's channels: instants in the workspace zone, hours rounded. */
import type { FairnessReport, EngineerLoad, Spread } from "./fairness";
import type { Finding } from "./lint-schedule";
import type { ZoneClock } from "./zone-clock";

/** A finding with its instants as ISO carrying the workspace offset. */
export type FindingJson = Omit<Finding, "start" | "end"> & { start: string; end: string };

/** The lint of a range as JSON. */
export interface LintJson {
  from: string;
  to: string;
  findings: FindingJson[];
}

/** One block's hours and running balance as JSON. */
export interface BlockLoadJson {
  block: number;
  start: string;
  end: string;
  hours: Record<string, number>;
  balance: Record<string, number>;
}

/** The fairness report of a range as JSON. */
export interface FairnessJson {
  from: string;
  to: string;
  engineers: EngineerLoad[];
  spread: Spread;
  blocks: BlockLoadJson[];
}

/** Hours to hundredths: shifts clipped at DST changes and range edges leave float noise such as 7.999999. */
export function roundHours(hours: number): number {
  return Math.round(hours * 100) / 100;
}

const roundAll = (record: Record<string, number>) => Object.fromEntries(Object.entries(record).map(([k, v]) => [k, roundHours(v)]));

/** `{from, to, findings}` with ISO instants in the workspace zone. */
export function lintToJson(from: number, to: number, findings: readonly Finding[], clock: ZoneClock): LintJson {
  return { from: clock.format(from), to: clock.format(to), findings: findings.map((f) => ({ ...f, start: clock.format(f.start), end: clock.format(f.end) })) };
}

/** The report with ISO instants in the workspace zone and hours rounded to hundredths. */
export function fairnessToJson(report: FairnessReport, clock: ZoneClock): FairnessJson {
  return {
    from: clock.format(report.from),
    to: clock.format(report.to),
    engineers: report.engineers.map((e) => ({ ...e, hours: roundHours(e.hours), nightHours: roundHours(e.nightHours), weekendHours: roundHours(e.weekendHours), holidayHours: roundHours(e.holidayHours) })),
    spread: report.spread,
    blocks: report.blocks.map((b) => ({ block: b.block, start: clock.format(b.start), end: clock.format(b.end), hours: roundAll(b.hours), balance: roundAll(b.balance) })),
  };
}
