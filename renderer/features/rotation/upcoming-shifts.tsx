/** The next 14 days of shifts, grouped by local day in the workspace zone, the current one highlighted. */
import type { ShiftView } from "../../../shared/domain/rotation/on-call-view";
import { errorText } from "../../api";
import { Badge } from "../../components/badge";
import { daysAfter, useShifts } from "../../queries/rotation";
import { crossesDst, dayLabel, localDate, reasonLabel, shiftHours, wallTime } from "./shift-text";

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

/** Upcoming shifts from main's now `at`, of `engineer` or the whole team. */
export function UpcomingShifts({ at, engineer }: { at: string; engineer: string | undefined }) {
  const shifts = useShifts(at, daysAfter(at, UPCOMING_DAYS), engineer);
  if (shifts.isError) return <p className="status status--error">Could not read the schedule: {errorText(shifts.error)}</p>;
  if (!shifts.data) return <p className="status">Reading the schedule…</p>;
  const now = Date.parse(at);
  const days = new Map<string, ShiftView[]>();
  for (const shift of shifts.data) days.set(localDate(shift.start), [...(days.get(localDate(shift.start)) ?? []), shift]);
  return (
    <div className="days" aria-label="Upcoming shifts">
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
