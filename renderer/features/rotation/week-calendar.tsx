/** A week of shifts as a grid: the days across, the slots down; holidays, time off, overrides, covers and DST nights marked. */
import { useState } from "react";
import type { Workspace } from "../../../shared/domain/workspace";
import { addDays, weekOf } from "./calendar-dates";
import { CalendarNav } from "./calendar-nav";
import { CalendarShift, type ShiftMarks } from "./calendar-shift";
import { DayNotes } from "./day-notes";
import { useCalendarShifts } from "./use-calendar-shifts";
import { dayLabel, localDate } from "./shift-text";

/** The week holding main's now `at`, steppable. */
export function WeekCalendar({ at, workspace, marks }: { at: string; workspace: Workspace; marks: ShiftMarks }) {
  const [offset, setOffset] = useState(0);
  const days = weekOf(addDays(localDate(at), offset * 7));
  const { byDate, error } = useCalendarShifts(days[0]!, days[6]!);
  const label = `${dayLabel(days[0]!)} – ${dayLabel(days[6]!)}, ${days[6]!.slice(0, 4)}`;
  return (
    <div className="calendar">
      <CalendarNav label={label} unit="week" onStep={(step) => setOffset((o) => o + step)} onToday={() => setOffset(0)} />
      {error && <p className="status status--error">{error}</p>}
      <div className="calendar__scroll">
        <table className="cal-week" aria-label={`Week of ${label}`}>
          <thead>
            <tr>
              <td />
              {days.map((date) => (
                <th key={date} scope="col" data-date={date} className={date === localDate(at) ? "cal-today" : undefined}>
                  <span className="cal-week__day">{dayLabel(date)}</span>
                  <DayNotes date={date} shifts={byDate.get(date) ?? []} workspace={workspace} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {workspace.rotation.shifts.map((slot) => (
              <tr key={slot.name} data-slot={slot.name}>
                <th scope="row">
                  <span className="cal-week__slot">{slot.name}</span>
                  <span className="cell__detail">
                    {slot.start}–{slot.end}
                  </span>
                </th>
                {days.map((date) => (
                  <td key={date} data-date={date}>
                    {(byDate.get(date) ?? [])
                      .filter((s) => s.slot === slot.name)
                      .map((s) => (
                        <CalendarShift key={s.start} shift={s} marks={marks} />
                      ))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
