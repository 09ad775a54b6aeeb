/** `oncall-desk fairness`: who carries how many hours, nights, weekends and holidays over a range. */
import type { CliCommand } from "../command";
import { parseCommandArgs } from "../args";
import { loadRotationContext, rangeArgs, table, writeJson } from "../rotation-args";
import { WORKSPACE_OPTION } from "../args";
import { fairnessReport, type Spread } from "../../../shared/domain/rotation/fairness";
import { fairnessToJson, roundHours } from "../../../shared/domain/rotation/report-json";


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
      writeJson(io, fairnessToJson(report, schedule.clock));
      return 0;
    }
    const final = report.blocks.at(-1)?.balance ?? {};
    const rows = report.engineers.map((e) => [e.engineer, String(roundHours(e.hours)), String(roundHours(e.nightHours)), String(roundHours(e.weekendHours)), String(roundHours(e.holidayHours)), String(e.shifts), signed(final[e.engineer] ?? 0)]);
    io.out.write(`Fairness ${format(from)} to ${format(to)}\n`);
    io.out.write(table(["engineer", "hours", "night", "weekend", "holiday", "shifts", "balance"], rows));
    io.out.write(`spread (max/min): ${(Object.keys(report.spread) as (keyof Spread)[]).map((k) => `${k} ${report.spread[k] === null ? "n/a" : roundHours(report.spread[k]!)}`).join(", ")}\n`);
    return 0;
  },
};

function signed(n: number): string {
  return `${n > 0 ? "+" : ""}${roundHours(n)}h`;
}
