/** `oncall-desk lint`: coverage gaps, double bookings, long stretches, short rest, time-off clashes, holiday and owner problems. */
import type { CliCommand } from "../command";
import { parseCommandArgs } from "../args";
import { loadRotationContext, rangeArgs, writeJson } from "../rotation-args";
import { WORKSPACE_OPTION } from "../args";
import { lintSchedule } from "../../../shared/domain/rotation/lint-schedule";
import { DAY_MS } from "../../../shared/domain/rotation/local-day";
import { lintToJson } from "../../../shared/domain/rotation/report-json";

/** The lint command; exits 1 when any finding is an error. */
export const lintCommand: CliCommand = {
  name: "lint",
  summary: "check the schedule (default: the next 365 days) for gaps, overwork and clashes; exit 1 on errors",
  usage: "lint [--from DATE --to DATE] [--json] [--workspace DIR]",
  async run(args, io) {
    const { values } = parseCommandArgs(args, { ...WORKSPACE_OPTION, from: { type: "string" }, to: { type: "string" }, json: { type: "boolean" } });
    const context = await loadRotationContext(values.workspace, io);
    if (!context) return 1;
    const { schedule, workspace } = context;
    const today = schedule.clock.wallToInstant(schedule.clock.localDay(Date.now()), 0);
    const { from, to } = rangeArgs(values.from, values.to, workspace.timezone, { from: today, to: today + 365 * DAY_MS });
    const findings = lintSchedule(workspace, schedule, from, to);
    const format = schedule.clock.format;
    if (values.json) {
      writeJson(io, lintToJson(from, to, findings, schedule.clock));
    } else {
      io.out.write(`Lint ${format(from)} to ${format(to)}: ${count(findings, "error")} error(s), ${count(findings, "warning")} warning(s), ${count(findings, "info")} info\n`);
      for (const f of findings) io.out.write(`${f.severity.toUpperCase().padEnd(7)} ${f.message}\n        → ${f.suggestion}\n`);
    }
    return findings.some((f) => f.severity === "error") ? 1 : 0;
  },
};

function count(findings: { severity: string }[], severity: string): number {
  return findings.filter((f) => f.severity === severity).length;
}
