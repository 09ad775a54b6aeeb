/** One shift inside a calendar cell: who, why when it is not the plain rotation, the DST mark, "now" and "you". */
import type { ShiftView } from "../../../shared/domain/rotation/on-call-view";
import { Badge } from "../../components/badge";
import { crossesDst, reasonLabel, shiftHours, wallTime } from "./shift-text";

/** How the calendars mark a shift. */
export interface ShiftMarks {
  /** main's now, epoch ms: the shift holding it is the current one. */
  now: number;
  /** The engineer this machine belongs to. */
  me: string | null;
  /** The engineer the filter picked: others are dimmed. */
  engineer: string | undefined;
}

/** The shift; `compact` (the month) shows the slot's initial and the first name. */
export function CalendarShift({ shift, marks, compact = false }: { shift: ShiftView; marks: ShiftMarks; compact?: boolean }) {
  const current = Date.parse(shift.start) <= marks.now && marks.now < Date.parse(shift.end);
  const reason = reasonLabel(shift);
  const dst = crossesDst(shift);
  const dim = marks.engineer !== undefined && marks.engineer !== shift.engineer;
  const classes = ["cal-shift", `cal-shift--${shift.reason.replace(/ /g, "-")}`, current ? "cal-shift--current" : "", dim ? "cal-shift--dim" : ""].filter(Boolean).join(" ");
  return (
    <div className={classes} data-engineer={shift.engineer} data-start={shift.start} data-reason={shift.reason} aria-current={current ? "true" : undefined} title={`${shift.slot} ${wallTime(shift.start)}–${wallTime(shift.end)} (${shiftHours(shift)}h): ${shift.name}${reason ? `, ${reason}` : ""}`}>
      {compact && <span className="cal-shift__slot">{shift.slot.slice(0, 1).toUpperCase()}</span>}
      <span className="cal-shift__name">{compact ? shift.name.split(" ")[0] : shift.name}</span>
      {compact && <span className="sr-only"> ({shift.slot})</span>}
      {shift.engineer === marks.me && <Badge kind="you">you</Badge>}
      {!compact && reason && <Badge kind={`reason-${shift.reason.replace(/ /g, "-")}`}>{reason}</Badge>}
      {compact && shift.reason === "override" && <Badge kind="reason-override">override</Badge>}
      {compact && shift.reason === "time-off cover" && <Badge kind="reason-time-off-cover">cover</Badge>}
      {dst && (
        <Badge kind="dst">
          DST {shiftHours(shift)}h<span className="sr-only">: the clocks change during this shift</span>
        </Badge>
      )}
      {current && <Badge kind="now">now</Badge>}
    </div>
  );
}
