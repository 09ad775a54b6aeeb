/** Whether the schedule a source really runs (Airflow's DAG) is the workspace's cron: compared by ticks, not by text. */
import { scheduleFor, type Schedule } from "./schedule";

/** Cron presets as Airflow expands them. */
const PRESETS: Record<string, string> = {
  "@hourly": "0 * * * *",
  "@daily": "0 0 * * *",
  "@midnight": "0 0 * * *",
  "@weekly": "0 0 * * 0",
  "@monthly": "0 0 1 * *",
  "@quarterly": "0 0 1 */3 *",
  "@yearly": "0 0 1 1 *",
  "@annually": "0 0 1 1 *",
};

const DAY_MS = 86_400_000;
/** Ticks are compared from here (a leap year's January) … */
const ANCHOR_MS = Date.UTC(2024, 0, 1);
/** … for two years. */
const END_MS = ANCHOR_MS + 2 * 366 * DAY_MS;

const memo = new Map<string, boolean>();

function cronOf(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, " ");
  return PRESETS[trimmed.toLowerCase()] ?? trimmed;
}

function parse(text: string): Schedule | null {
  // Only cron-like text: Airflow's other schedules ("None", "Asset", "1 day, 0:00:00") are not comparable, and
  // without ":" croner cannot take it for a one-off ISO date. croner itself rejects fewer than five fields.
  if (!/^[\d*,\-/?LW#A-Za-z ]+$/.test(text)) return null;
  try {
    return scheduleFor(text);
  } catch {
    return null;
  }
}

/**
 * True when `a` and `b` give the same ticks over the window. A cron's ticks (UTC, no DST) are the days it runs
 * times the same times of day on each, so two checks cover every tick, whatever the frequency: every tick of
 * the day from the first one (same times of day), and the first tick of each later day that has one (same days).
 */
function sameTicks(a: Schedule, b: Schedule): boolean {
  const first = a.after(ANCHOR_MS - 1);
  if (first !== b.after(ANCHOR_MS - 1)) return false;
  if (first === null) return true;
  if (!sameList(a.ticksBetween(first, first + DAY_MS), b.ticksBetween(first, first + DAY_MS))) return false;
  // Days without a tick are skipped: a sparse or never-matching cron would otherwise cost a croner search per day.
  for (let tick: number | null = first; tick !== null && tick < END_MS; ) {
    const nextMidnight = (Math.floor(tick / DAY_MS) + 1) * DAY_MS;
    tick = a.after(nextMidnight - 1);
    if (tick !== b.after(nextMidnight - 1)) return false;
  }
  return true;
}

/** True when both lists hold the same numbers in the same order. */
function sameList(xs: readonly number[], ys: readonly number[]): boolean {
  return xs.length === ys.length && xs.every((x, i) => x === ys[i]);
}

/**
 * True when the source's schedule is the workspace's cron: the same expression, a preset Airflow
 * expands to it (`@daily` = `0 0 * * *`), or any cron with the same ticks (`0 6 * * 0-6`).
 * False for anything that is not a cron expression (no schedule, assets, timedeltas).
 */
export function sameSchedule(workspaceCron: string, sourceSchedule: string | null): boolean {
  if (sourceSchedule === null) return false;
  const ours = cronOf(workspaceCron);
  const theirs = cronOf(sourceSchedule);
  if (ours === theirs) return true;
  const key = `${ours}\n${theirs}`;
  let same = memo.get(key);
  if (same === undefined) {
    const a = parse(ours);
    const b = parse(theirs);
    same = a !== null && b !== null && sameTicks(a, b);
    memo.set(key, same);
  }
  return same;
}
