/**
 * Rotation expansion speed. Targets on a 2-core machine: one year of the default team under 10 ms;
 * three years of 200 engineers with 20 holiday rules and 50 time-off entries under 300 ms.
 * Run: npx vitest bench --run test/bench/rotation.bench.ts
 */
import { bench, describe } from "vitest";
import { DateTime } from "luxon";
import { loadWorkspace } from "../../main/services/workspace/load-workspace";
import { fairnessReport } from "../../shared/domain/rotation/fairness";
import { compileSchedule, expandShifts } from "../../shared/domain/rotation/schedule";
import type { ScheduleSource } from "../../shared/domain/rotation/shift";
import type { HolidayRule, Level, TimeOff } from "../../shared/domain/workspace-schema";

const loaded = await loadWorkspace();
if (!loaded.ok) throw new Error("embedded workspace invalid");
const team4 = loaded.workspace;
const zone = team4.timezone;
const yearFrom = DateTime.fromISO("2026-01-01", { zone }).toMillis();
const yearTo = DateTime.fromISO("2027-01-01", { zone }).toMillis();

function bigTeam(): ScheduleSource {
  const levels: Level[] = ["senior", "mid", "junior"];
  const team = Array.from({ length: 200 }, (_, i) => ({ id: `e${i}`, name: `Engineer ${i}`, level: levels[i % 3]!, contact: {} }));
  const weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday"];
  const months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
  const holidays: HolidayRule[] = Array.from({ length: 20 }, (_, i) =>
    i % 2 === 0
      ? { name: `Fixed ${i}`, from: `${String((i % 12) + 1).padStart(2, "0")}-10`, to: `${String((i % 12) + 1).padStart(2, "0")}-12`, eligible: [levels[i % 3]!] }
      : { name: `Rule ${i}`, rule: `${["1st", "2nd", "3rd", "4th", "last"][i % 5]} ${weekdays[i % 5]} in ${months[(i * 5) % 12]}`, days: 1 + (i % 3), eligible: [levels[i % 3]!, `e${i}`] },
  );
  const time_off: TimeOff[] = Array.from({ length: 50 }, (_, i) => {
    const start = DateTime.fromISO("2026-01-01").plus({ days: i * 21 });
    return { engineer: `e${(i * 7) % 200}`, from: start.toISODate()!, to: start.plus({ days: 6 }).toISODate()! };
  });
  return {
    timezone: zone,
    team,
    rotation: { ...team4.rotation, order: team.map((e) => e.id) },
    holidays,
    time_off,
    overrides: [{ engineer: "e1", covers: "e2", from: "2026-06-01T09:00", to: "2026-06-01T12:00" }],
  };
}
const big = bigTeam();
const threeYearsTo = DateTime.fromISO("2029-01-01", { zone }).toMillis();

// Longer runs than the default, so a neighbour's burst of CPU on a shared machine averages out.
const options = { time: 2000, warmupTime: 500 };

describe("rotation", () => {
  bench("one year, default team (4 engineers, 4 holiday rules)", () => {
    expandShifts(team4, yearFrom, yearTo);
  }, options);
  bench("three years, 200 engineers, 20 holiday rules, 50 time-off entries", () => {
    expandShifts(big, yearFrom, threeYearsTo);
  }, options);
  bench("fairness report, one year, default team", () => {
    fairnessReport(compileSchedule(team4), yearFrom, yearTo);
  }, options);
});
