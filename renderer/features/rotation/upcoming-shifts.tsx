/** The shifts of the next days (14 by default), grouped by local day in the workspace zone, the current one highlighted. */
import type { ShiftView } from "../../../shared/domain/rotation/on-call-view";
import { errorText } from "../../api";
import { Badge } from "../../components/badge";
import { daysAfter, useShifts } from "../../queries/rotation";
import { shiftsByDate } from "./calendar-dates";
import { crossesDst, dayLabel, reasonLabel, shiftHours, wallTime } from "./shift-text";

const UPCOMING_DAYS = 14;

function ShiftRow({ shift, current }: { shift: ShiftView; current: boolean }) {
  const reason = reasonLabel(shift);
  const hours = shiftHours(shift);
  return (
    <li className={`shift${current ? " shift--current" : ""}`} aria-current={current ? "true" : undefined} data-engineer={shift.engineer} data-start={shift.start}>
      <span className="shift__time mono">
        {wallTime(shift.start)}–{wallTime(shift.end)}
      </span>
      <span className={`shift__hours${crossesDst(shift) ? " shift__hours--dst" : ""}`} title={crossesDst(shift) ? "The clocks change during this shift" : undefined}>
        {hours}h
      </span>
      <Badge kind={`slot-${shift.slot}`}>{shift.slot}</Badge>
      <span className="shift__name">{shift.name}</span>
      {reason && <Badge kind={`reason-${shift.reason.replace(/ /g, "-")}`}>{reason}</Badge>}
      {current && <Badge kind="now">now</Badge>}
    </li>
  );
}

/** Upcoming shifts over `days` days from main's now `at`, of `engineer` or the whole team. */
export function UpcomingShifts({ at, engineer, days: count = UPCOMING_DAYS, label = "Upcoming shifts" }: { at: string; engineer: string | undefined; days?: number; label?: string }) {
  const shifts = useShifts(at, daysAfter(at, count), engineer);
  if (shifts.isError) return <p className="status status--error">Could not read the schedule: {errorText(shifts.error)}</p>;
  if (!shifts.data) return <p className="status">Reading the schedule…</p>;
  const now = Date.parse(at);
  const days = shiftsByDate(shifts.data);
  return (
    <div className="days" role="group" aria-label={label}>
      {[...days].map(([date, list]) => (
        <section key={date} className="day" aria-label={dayLabel(date)}>
          <h3 className="day__title">{dayLabel(date)}</h3>
          <ul className="shifts">
            {list.map((shift) => (
              <ShiftRow key={`${shift.start}-${shift.slot}`} shift={shift} current={Date.parse(shift.start) <= now && now < Date.parse(shift.end)} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
