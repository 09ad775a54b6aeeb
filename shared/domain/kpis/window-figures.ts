/** The KPI figures of one range (the whole window, or one of its days), pooled from the tallies of the pipelines in scope. */
import { quantile } from "./quantile";
import type { Range, Sum, Tally } from "./tallies";

/** A figure before it is held against a target: its value (null when nothing was measured) and how many things it counts. */
export interface Figure {
  value: number | null;
  count: number;
}

/** A timed human step: an alert or incident raised at `atMs` and acknowledged, or an incident started at `atMs` and resolved, `ms` later (null while not resolved). */
export interface StepEvent {
  pipelineId: string;
  atMs: number;
  ms: number | null;
}

/** The figures the KPI report holds against targets. */
export interface Figures {
  slaCompliance: Figure;
  uptime: Figure;
  mttr: Figure;
  freshness: Figure;
  freshnessP95: Figure;
  mtta: Figure;
  resolution: Figure;
  completeness: Figure;
  accuracy: Figure;
}

function sum(xs: readonly number[]): number {
  let total = 0;
  for (const x of xs) total += x;
  return total;
}

function mean(xs: readonly number[]): Figure {
  return { value: xs.length ? sum(xs) / xs.length : null, count: xs.length };
}

/** The mean of pooled running totals. */
function meanOf(tallies: readonly Tally[], pick: (t: Tally) => Sum): Figure {
  let total = 0;
  let n = 0;
  for (const t of tallies) {
    total += pick(t).total;
    n += pick(t).n;
  }
  return { value: n ? total / n : null, count: n };
}

/** Every tally's delays in one typed array, in no particular order. */
function pooledDelays(tallies: readonly Tally[]): Float64Array {
  let length = 0;
  for (const t of tallies) length += t.delays.length;
  const out = new Float64Array(length);
  let at = 0;
  for (const t of tallies) {
    out.set(t.delays, at);
    at += t.delays.length;
  }
  return out;
}

/** Interpolated durations to the millisecond: 69 minutes, not 68.99999999 of them. */
function wholeMs(ms: number | null): number | null {
  return ms === null ? null : Math.round(ms);
}

/**
 * The figures of `range` at `nowMs` from the tallies of the pipelines in scope over it, and the
 * steps that began in it (an event at exactly `nowMs` has happened, and counts). Compliance pools
 * deadlines; uptime averages the pipelines that cover part of the range; MTTR, freshness, MTTA,
 * resolution, completeness and accuracy pool their events.
 */
export function figuresOf(tallies: readonly Tally[], responses: readonly StepEvent[], resolutions: readonly StepEvent[], range: Range, nowMs: number): Figures {
  let due = 0;
  let met = 0;
  let outages = 0;
  const uptimes: number[] = [];
  for (const t of tallies) {
    due += t.due;
    met += t.met;
    outages += t.outages;
    if (t.coveredMs > 0) uptimes.push(1 - t.badMs / t.coveredMs);
  }
  const delays = pooledDelays(tallies);
  const inRange = (steps: readonly StepEvent[]) => steps.filter((s) => s.atMs >= range.fromMs && (s.atMs < range.toMs || (s.atMs === nowMs && range.toMs === nowMs)));
  const done = (steps: readonly StepEvent[]) => inRange(steps).flatMap((s) => (s.ms === null ? [] : [s.ms]));
  return {
    slaCompliance: { value: due ? met / due : null, count: due },
    uptime: { value: uptimes.length ? sum(uptimes) / uptimes.length : null, count: outages },
    mttr: meanOf(tallies, (t) => t.repairs),
    freshness: { value: wholeMs(quantile(delays, 0.5)), count: delays.length },
    freshnessP95: { value: wholeMs(quantile(delays, 0.95)), count: delays.length },
    mtta: mean(done(responses)),
    resolution: mean(done(resolutions)),
    completeness: meanOf(tallies, (t) => t.completeness),
    accuracy: meanOf(tallies, (t) => t.accuracy),
  };
}
