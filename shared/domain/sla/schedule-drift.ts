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

/** Tick sequences are compared from here (a leap year's January) … */
const ANCHOR_MS = Date.UTC(2024, 0, 1);
/** … over two years, or this many ticks for very frequent schedules, whichever ends first. */
const SPAN_MS = 2 * 366 * 86_400_000;
const MAX_TICKS = 2_000;
/** Frequent schedules are also compared for a while from the start of each month of a year (month fields). */
const MONTH_SAMPLE_TICKS = 100;

const memo = new Map<string, boolean>();

function cronOf(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, " ");
  return PRESETS[trimmed.toLowerCase()] ?? trimmed;
}

function parse(text: string): Schedule | null {
  // Only cron-like text: Airflow's other schedules ("None", "Asset", "1 day, 0:00:00") are not comparable.
  if (!/^[\d*,\-/?LW#A-Za-z ]+$/.test(text) || text.split(" ").length < 5) return null;
  try {
    return scheduleFor(text);
  } catch {
    return null;
  }
}

/** True when `a` and `b` give the same ticks from `fromMs` on, for at most `spanMs` and `maxTicks` ticks. */
function sameTicks(a: Schedule, b: Schedule, fromMs: number, spanMs: number, maxTicks: number): boolean {
  let ta = a.after(fromMs - 1);
  let tb = b.after(fromMs - 1);
  for (let n = 0; n < maxTicks && ta !== null && ta < fromMs + spanMs; n++) {
    if (ta !== tb) return false;
    ta = a.after(ta);
    tb = b.after(tb!);
  }
  return ta === tb || (ta !== null && tb !== null && ta >= fromMs + spanMs && tb >= fromMs + spanMs);
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
    same = a !== null && b !== null && sameTicks(a, b, ANCHOR_MS, SPAN_MS, MAX_TICKS);
    for (let month = 0; same && month < 12; month++) same = sameTicks(a!, b!, Date.UTC(2025, month, 1), SPAN_MS, MONTH_SAMPLE_TICKS);
    memo.set(key, same);
  }
  return same;
}
