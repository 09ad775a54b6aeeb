/** `oncall-desk now`: who is on call at an instant, until when, and who is next. */
import type { CliCommand } from "../command";
import { parseCommandArgs } from "../args";
import { humanTime, instantArg, loadRotationContext, writeJson } from "../rotation-args";
import { WORKSPACE_OPTION } from "../args";
import { whoIsOnCall } from "../../../shared/domain/rotation/on-call";
import { shiftToJson } from "../../../shared/domain/rotation/shift-json";

/** The now command. */
export const nowCommand: CliCommand = {
  name: "now",
  summary: "who is on call now (or --at an instant), until when, and who is next",
  usage: "now [--at ISO] [--json] [--workspace DIR]",
  async run(args, io) {
    const { values } = parseCommandArgs(args, { ...WORKSPACE_OPTION, at: { type: "string" }, json: { type: "boolean" } });
    const context = await loadRotationContext(values.workspace, io);
    if (!context) return 1;
    const { schedule, workspace } = context;
    const zone = workspace.timezone;
    const answer = whoIsOnCall(schedule, instantArg("at", values.at, zone, Date.now()));
    if (values.json) {
      writeJson(io, {
        at: schedule.clock.format(answer.at),
        shift: answer.shift && shiftToJson(answer.shift, schedule.clock),
        holiday: answer.holiday,
        next: answer.next.map((s) => shiftToJson(s, schedule.clock)),
      });
      return 0;
    }
    const nameOf = (id: string) => workspace.team.find((e) => e.id === id)?.name ?? id;
    const lines = [`At ${humanTime(answer.at, zone)}${answer.holiday ? ` (${answer.holiday})` : ""}:`];
    lines.push(
      answer.shift
        ? `  on call: ${nameOf(answer.shift.engineer)} (${answer.shift.engineer}), ${answer.shift.slot} slot until ${humanTime(answer.shift.end, zone)} — ${answer.shift.reason}${answer.shift.covers ? `, covering ${nameOf(answer.shift.covers)}` : ""}`
        : "  NOBODY is on call: the schedule has a gap here (run `oncall-desk lint`).",
    );
    for (const s of answer.next) lines.push(`  then:    ${nameOf(s.engineer)} (${s.engineer}), ${s.slot} from ${humanTime(s.start, zone)} — ${s.reason}`);
    io.out.write(`${lines.join("\n")}\n`);
    return 0;
  },
};
