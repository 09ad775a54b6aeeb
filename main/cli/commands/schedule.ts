/** `oncall-desk schedule`: the shifts of a range as a table, JSON or an iCalendar file. */
import { UsageError, type CliCommand } from "../command";
import { parseCommandArgs } from "../args";
import { humanTime, loadRotationContext, rangeArgs, table, writeJson } from "../rotation-args";
import { WORKSPACE_OPTION } from "../args";
import { calendarName, shiftsToICalendar } from "../../../shared/domain/rotation/ical-export";
import { hoursOf } from "../../../shared/domain/rotation/shift";
import { shiftToJson } from "../../../shared/domain/rotation/shift-json";

const FORMATS = ["table", "json", "ics"];

/** The schedule command. */
export const scheduleCommand: CliCommand = {
  name: "schedule",
  summary: "the shifts from --from to --to (exclusive), for the team or one --engineer, as table, json or ics",
  usage: "schedule --from DATE --to DATE [--engineer ID] [--format table|json|ics] [--workspace DIR]",
  async run(args, io) {
    const { values } = parseCommandArgs(args, { ...WORKSPACE_OPTION, from: { type: "string" }, to: { type: "string" }, engineer: { type: "string" }, format: { type: "string" } });
    const format = (values.format) ?? "table";
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, not "${format}"`);
    const context = await loadRotationContext(values.workspace, io);
    if (!context) return 1;
    const { schedule, workspace } = context;
    const engineer = values.engineer;
    if (engineer !== undefined && !workspace.team.some((e) => e.id === engineer)) {
      throw new UsageError(`--engineer "${engineer}" is not on the team (${workspace.team.map((e) => e.id).join(", ")})`);
    }
    const { from, to } = rangeArgs(values.from, values.to, workspace.timezone);
    const shifts = schedule.shifts(from, to).filter((s) => engineer === undefined || s.engineer === engineer);
    if (format === "json") {
      writeJson(io, shifts.map((s) => shiftToJson(s, schedule.clock)));
    } else if (format === "ics") {
      io.out.write(shiftsToICalendar(shifts, schedule.clock, { name: calendarName(workspace, engineer), stamp: Date.now(), team: workspace.team }));
    } else {
      const rows = shifts.map((s) => [humanTime(s.start, workspace.timezone), humanTime(s.end, workspace.timezone), `${hoursOf(s.end - s.start)}h`, s.slot, s.engineer, s.reason + (s.covers ? ` (for ${s.covers})` : "") + (s.holiday ? ` [${s.holiday}]` : "")]);
      io.out.write(table(["start", "end", "hours", "slot", "engineer", "reason"], rows));
    }
    return 0;
  },
};
