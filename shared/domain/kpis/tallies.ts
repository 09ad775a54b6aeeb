/**
 * One pipeline's KPI events added up per local day of the window, in one pass: each event finds its
 * day by binary search. The window's tally is the days' sum (they partition it), so no figure is
 * ever counted twice over and 1,000 pipelines × 31 days stay cheap.
 */
import type { PipelineEvents } from "./pipeline-events";

/** A span of time, epoch ms, [fromMs, toMs). */
export interface Range {
  fromMs: number;
  toMs: number;
}

/** What one pipeline's events add up to over one range. */
export interface Tally {
  /** Deadlines in the range, and how many were met. */
  due: number;
  met: number;
  /** The part of the range the pipeline's runs cover, and how much of it was late or failed. */
  coveredMs: number;
  badMs: number;
  /** Outages (late or failed periods) overlapping the covered range. */
  outages: number;
  /** Lengths of the outages that began in the range and have ended. */
  repairs: Sum;
  /** Delays of the intervals delivered in the range (kept whole: the median and p95 need them), and what their runs report of quality. */
  delays: number[];
  completeness: Sum;
  accuracy: Sum;
}

/** A running total, for means: nothing more is asked of repairs and quality shares. */
export interface Sum {
  total: number;
  n: number;
}

function emptyTally(): Tally {
  return { due: 0, met: 0, coveredMs: 0, badMs: 0, outages: 0, repairs: { total: 0, n: 0 }, delays: [], completeness: { total: 0, n: 0 }, accuracy: { total: 0, n: 0 } };
}

function add(sum: Sum, value: number): void {
  sum.total += value;
  sum.n++;
}

function addSum(into: Sum, from: Sum): void {
  into.total += from.total;
  into.n += from.n;
}

/**
 * The tallies of `events` over each of `days` (consecutive and ascending, the last one ending at
 * `nowMs`) and over the whole of them. An event at exactly `nowMs` has happened: it counts in the last day.
 */
export function pipelineTallies(events: PipelineEvents, days: readonly Range[], nowMs: number): { days: Tally[]; window: Tally } {
  const tallies = days.map(emptyTally);
  const window = emptyTally();
  if (days.length === 0) return { days: tallies, window };
  const start = Math.max(days[0]!.fromMs, events.coverFromMs);
  const end = days.at(-1)!.toMs;
  /** The index of the day holding `ms`, or -1 when it is outside the covered window. */
  const dayOf = (ms: number): number => {
    if (ms < start || ms > end || (ms === end && end !== nowMs)) return -1;
    let lo = 0;
    let hi = days.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (days[mid]!.fromMs <= ms) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  days.forEach((d, i) => (tallies[i]!.coveredMs = Math.max(0, d.toMs - Math.max(d.fromMs, start))));

  const { deadlines, deliveries } = events;
  for (let k = 0; k < deadlines.atMs.length; k++) {
    const i = dayOf(deadlines.atMs[k]!);
    if (i < 0) continue;
    tallies[i]!.due++;
    tallies[i]!.met += deadlines.met[k]!;
  }
  for (let k = 0; k < deliveries.atMs.length; k++) {
    const i = dayOf(deliveries.atMs[k]!);
    if (i < 0) continue;
    const t = tallies[i]!;
    t.delays.push(deliveries.delayMs[k]!);
    if (!Number.isNaN(deliveries.completeness[k])) add(t.completeness, deliveries.completeness[k]!);
    if (!Number.isNaN(deliveries.accuracy[k])) add(t.accuracy, deliveries.accuracy[k]!);
  }
  for (const [a, b] of events.bad) {
    if (b <= start || a >= end) continue;
    window.outages++;
    for (let i = Math.max(0, dayOf(Math.max(a, start))); i < days.length && days[i]!.fromMs < b; i++) {
      const from = Math.max(days[i]!.fromMs, start);
      const overlap = Math.min(b, days[i]!.toMs) - Math.max(a, from);
      if (overlap <= 0) continue;
      tallies[i]!.badMs += overlap;
      tallies[i]!.outages++;
    }
    // A repair counts once it has ended, on the day the outage began.
    const began = dayOf(a);
    if (began >= 0 && b < nowMs) add(tallies[began]!.repairs, b - a);
  }

  for (const t of tallies) {
    window.due += t.due;
    window.met += t.met;
    window.coveredMs += t.coveredMs;
    window.badMs += t.badMs;
    addSum(window.repairs, t.repairs);
    addSum(window.completeness, t.completeness);
    addSum(window.accuracy, t.accuracy);
    for (const delay of t.delays) window.delays.push(delay);
  }
  return { days: tallies, window };
}
