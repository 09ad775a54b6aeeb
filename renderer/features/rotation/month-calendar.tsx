/** A month of shifts, a week per row: each day with its holiday, who is away and its shifts (slot initial and first name), overrides, covers and DST nights marked. */
import { useState } from "react";
import type { Workspace } from "../../../shared/domain/workspace";
import { addMonths, monthLabel, monthWeeks } from "./calendar-dates";
import { CalendarNav } from "./calendar-nav";
import { CalendarShift, type ShiftMarks } from "./calendar-shift";
import { DayNotes } from "./day-notes";
import { useCalendarShifts } from "./use-calendar-shifts";
import { dayLabel, localDate } from "./shift-text";

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** The month holding main's now `at`, steppable. */
export function MonthCalendar({ at, workspace, marks }: { at: string; workspace: Workspace; marks: ShiftMarks }) {
  const [offset, setOffset] = useState(0);
  const month = addMonths(localDate(at).slice(0, 7), offset);
  const weeks = monthWeeks(month);
  const { byDate, error } = useCalendarShifts(weeks[0]![0]!, weeks.at(-1)![6]!);
  const label = monthLabel(month);
  return (
    <div className="calendar">
      <CalendarNav label={label} unit="month" onStep={(step) => setOffset((o) => o + step)} onToday={() => setOffset(0)} />
      {error && <p className="status status--error">{error}</p>}
      <div className="calendar__scroll">
        <table className="cal-month" aria-label={label}>
          <thead>
            <tr>
              {WEEKDAYS.map((d) => (
                <th key={d} scope="col">
                  {d}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week[0]}>
                {week.map((date) => {
                  const list = byDate.get(date) ?? [];
                  const classes = [date.slice(0, 7) !== month ? "cal-other" : "", date === localDate(at) ? "cal-today" : ""].filter(Boolean).join(" ");
                  return (
                    <td key={date} data-date={date} className={classes || undefined}>
                      <span className="cal-month__date">
                        <span aria-hidden="true">{Number(date.slice(8))}</span>
                        <span className="sr-only">{dayLabel(date)}</span>
                      </span>
                      <DayNotes date={date} shifts={list} workspace={workspace} />
                      {list.map((s) => (
                        <CalendarShift key={s.start} shift={s} marks={marks} compact />
                      ))}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
