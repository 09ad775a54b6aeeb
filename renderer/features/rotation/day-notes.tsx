/** What a calendar day carries besides shifts: its holiday and who is away. */
import type { ShiftView } from "../../../shared/domain/rotation/on-call-view";
import type { Workspace } from "../../../shared/domain/workspace";
import { awayOn } from "./calendar-dates";

/** The holiday the day's shifts start on, and the names of engineers on time off. */
export function DayNotes({ date, shifts, workspace }: { date: string; shifts: readonly ShiftView[]; workspace: Workspace }) {
  const holiday = shifts.find((s) => s.holiday)?.holiday;
  const away = awayOn(workspace.time_off, date).map((t) => workspace.team.find((e) => e.id === t.engineer)?.name ?? t.engineer);
  return (
    <>
      {holiday && (
        <span className="day-note day-note--holiday" data-holiday={holiday}>
          {holiday}
        </span>
      )}
      {away.map((name) => (
        <span key={name} className="day-note day-note--away" data-away={name}>
          {name} away
        </span>
      ))}
    </>
  );
}
