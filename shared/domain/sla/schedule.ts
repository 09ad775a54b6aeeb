/** Expected intervals of a cron schedule (always UTC): the ticks at which each interval's data becomes available. */
import { Cron } from "croner";

/** The ticks of one cron expression, as epoch milliseconds. */
export interface Schedule {
  /** Ticks t with fromMs < t <= toMs, ascending. */
  ticksBetween(fromMs: number, toMs: number): number[];
  /** The last tick at or before `ms`, or null when there is none. */
  atOrBefore(ms: number): number | null;
  /** The first tick strictly after `ms`, or null when there is none. */
  after(ms: number): number | null;
}

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
/** A Monday 00:00 UTC: weekly patterns are laid out from here. */
const WEEK_ANCHOR_MS = Date.UTC(1970, 0, 5);
/** Day-of-week fields that depend on the weekday alone (no `L`, no `#`: those depend on the date). */
const PLAIN_DOW_RE = /^(?:\*|\?|[0-7a-z,\-/]+)$/i;

// Parsing a cron expression and stepping through it with croner costs ~15 µs per tick; evaluating a
// thousand pipelines on every deadline would spend most of its time there, so schedules are cached.
const cache = new Map<string, Schedule>();

/** The schedule of a cron expression (UTC), cached by expression. Throws when croner rejects it. */
export function scheduleFor(expression: string): Schedule {
  let schedule = cache.get(expression);
  if (!schedule) {
    // Given no function to run, croner starts no timer: no need for `paused`.
    const cron = new Cron(expression, { utcOffset: 0 });
    schedule = weeklyPeriod(expression) ? periodicSchedule(cron) : cronSchedule(cron);
    cache.set(expression, schedule);
  }
  return schedule;
}

/**
 * True when the expression's ticks repeat every week: any day of month, any month and a plain
 * weekday field. In UTC there is no DST, so such a pattern is the same every week and can be
 * laid out once from croner's own answer for one week.
 */
function weeklyPeriod(expression: string): boolean {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5 && fields.length !== 6) return false;
  const [dom, month, dow] = fields.slice(-3) as [string, string, string];
  return (dom === "*" || dom === "?") && month === "*" && PLAIN_DOW_RE.test(dow) && !/[l#]/i.test(dow);
}

/**
 * A weekly pattern: croner lists one week of ticks, the rest is arithmetic. Such a pattern ticks every
 * week (any day of month, any month, at least one weekday), so `offsets` is never empty.
 */
function periodicSchedule(cron: Cron): Schedule {
  const offsets: number[] = [];
  for (let t = cron.nextRun(new Date(WEEK_ANCHOR_MS - 1)); t && t.getTime() < WEEK_ANCHOR_MS + WEEK_MS; t = cron.nextRun(t)) {
    offsets.push(t.getTime() - WEEK_ANCHOR_MS);
  }
  const weekStart = (ms: number) => WEEK_ANCHOR_MS + Math.floor((ms - WEEK_ANCHOR_MS) / WEEK_MS) * WEEK_MS;
  /** Index of the first offset greater than `offset` (binary search). */
  const firstAfter = (offset: number) => {
    let lo = 0;
    let hi = offsets.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (offsets[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const after = (ms: number): number | null => {
    const week = weekStart(ms);
    const i = firstAfter(ms - week);
    return i < offsets.length ? week + offsets[i]! : week + WEEK_MS + offsets[0]!;
  };
  return {
    ticksBetween(fromMs, toMs) {
      const out: number[] = [];
      for (let t = after(fromMs); t !== null && t <= toMs; t = after(t)) out.push(t);
      return out;
    },
    atOrBefore(ms) {
      const week = weekStart(ms);
      const i = firstAfter(ms - week);
      return i > 0 ? week + offsets[i - 1]! : week - WEEK_MS + offsets.at(-1)!;
    },
    after,
  };
}

/** Any other pattern (day-of-month, month, `L`, `#`…): croner steps through it. */
function cronSchedule(cron: Cron): Schedule {
  const after = (ms: number): number | null => cron.nextRun(new Date(ms))?.getTime() ?? null;
  return {
    ticksBetween(fromMs, toMs) {
      const out: number[] = [];
      for (let t = after(fromMs); t !== null && t <= toMs; t = after(t)) out.push(t);
      return out;
    },
    // croner's previousRuns excludes the reference itself, hence the +1 ms.
    atOrBefore: (ms) => cron.previousRuns(1, new Date(ms + 1))[0]?.getTime() ?? null,
    after,
  };
}
