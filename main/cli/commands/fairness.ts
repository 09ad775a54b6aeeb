/** `oncall-desk fairness`: who carries how many hours, nights, weekends and holidays over a range. */
import type { CliCommand } from "../command";
import { parseCommandArgs } from "../args";
import { loadRotationContext, rangeArgs, table, writeJson } from "../rotation-args";
import { WORKSPACE_OPTION } from "../args";
import { fairnessReport, type Spread } from "../../../shared/domain/rotation/fairness";

const round = (n: number) => Math.round(n * 100) / 100;

/** The fairness command. */
export const fairnessCommand: CliCommand = {
  name: "fairness",
  summary: "hours, night (22-06), weekend and holiday hours and shifts per engineer, with the spread",
  usage: "fairness --from DATE --to DATE [--json] [--workspace DIR]",
  async run(args, io) {
    const { values } = parseCommandArgs(args, { ...WORKSPACE_OPTION, from: { type: "string" }, to: { type: "string" }, json: { type: "boolean" } });
    const context = await loadRotationContext(values.workspace, io);
    if (!context) return 1;
    const { schedule, workspace } = context;
    const { from, to } = rangeArgs(values.from, values.to, workspace.timezone);
    const report = fairnessReport(schedule, from, to);
    const format = schedule.clock.format;
    if (values.json) {
      writeJson(io, {
        from: format(report.from),
        to: format(report.to),
        engineers: report.engineers.map((e) => ({ ...e, hours: round(e.hours), nightHours: round(e.nightHours), weekendHours: round(e.weekendHours), holidayHours: round(e.holidayHours) })),
        spread: report.spread,
        blocks: report.blocks.map((b) => ({
          block: b.block,
          start: format(b.start),
          end: format(b.end),
          hours: Object.fromEntries(Object.entries(b.hours).map(([k, v]) => [k, round(v)])),
          balance: Object.fromEntries(Object.entries(b.balance).map(([k, v]) => [k, round(v)])),
        })),
      });
      return 0;
    }
    const final = report.blocks.at(-1)?.balance ?? {};
    const rows = report.engineers.map((e) => [e.engineer, String(round(e.hours)), String(round(e.nightHours)), String(round(e.weekendHours)), String(round(e.holidayHours)), String(e.shifts), signed(final[e.engineer] ?? 0)]);
    io.out.write(`Fairness ${format(from)} to ${format(to)}\n`);
    io.out.write(table(["engineer", "hours", "night", "weekend", "holiday", "shifts", "balance"], rows));
    io.out.write(`spread (max/min): ${(Object.keys(report.spread) as (keyof Spread)[]).map((k) => `${k} ${report.spread[k] === null ? "n/a" : round(report.spread[k]!)}`).join(", ")}\n`);
    return 0;
  },
};

function signed(n: number): string {
  return `${n > 0 ? "+" : ""}${round(n)}h`;
}
