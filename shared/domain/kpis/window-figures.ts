/** The KPI figures of one range (the whole window, or one of its days), counted from each pipeline's events. */
import { overlapMs } from "./bad-periods";
import type { PipelineEvents } from "./pipeline-events";
import { quantile } from "./quantile";

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
  return xs.reduce((a, b) => a + b, 0);
}

/** Interpolated durations to the millisecond: 69 minutes, not 68.99999999 of them. */
function wholeMs(ms: number | null): number | null {
  return ms === null ? null : Math.round(ms);
}

function mean(xs: readonly number[]): Figure {
  return { value: xs.length ? sum(xs) / xs.length : null, count: xs.length };
}

/**
 * The figures over [fromMs, toMs) at `nowMs`. Run-based figures count each pipeline from its
 * `coverFromMs`; responses and resolutions count the steps that began in the range. An event at
 * exactly `nowMs` belongs to the range that ends there: it has happened. Pipelines pool:
 * compliance pools deadlines, uptime averages the pipelines that cover part of the range, MTTR,
 * freshness, MTTA, resolution, completeness and accuracy pool their events.
 */
export function windowFigures(pipelines: readonly PipelineEvents[], responses: readonly StepEvent[], resolutions: readonly StepEvent[], fromMs: number, toMs: number, nowMs: number): Figures {
  let due = 0;
  let met = 0;
  const uptimes: number[] = [];
  let outages = 0;
  const repairs: number[] = [];
  const delays: number[] = [];
  const completeness: number[] = [];
  const accuracy: number[] = [];
  const before = (ms: number) => ms < toMs || (ms === toMs && toMs === nowMs);
  for (const p of pipelines) {
    const from = Math.max(fromMs, p.coverFromMs);
    if (from >= toMs) continue;
    for (const d of p.deadlines) {
      if (d.atMs < from || !before(d.atMs)) continue;
      due++;
      if (d.met) met++;
    }
    uptimes.push(1 - overlapMs(p.bad, from, toMs) / (toMs - from));
    for (const [a, b] of p.bad) {
      if (b > from && a < toMs) outages++;
      // A repair counts once it has ended, in the range where the outage began.
      if (a >= from && a < toMs && b < nowMs) repairs.push(b - a);
    }
    for (const d of p.deliveries) {
      if (d.atMs < from || !before(d.atMs)) continue;
      delays.push(d.delayMs);
      if (d.completeness !== undefined) completeness.push(d.completeness);
      if (d.accuracy !== undefined) accuracy.push(d.accuracy);
    }
  }
  delays.sort((a, b) => a - b);
  const inRange = (steps: readonly StepEvent[]) => steps.filter((s) => s.atMs >= fromMs && before(s.atMs));
  const resolved = inRange(resolutions).flatMap((s) => (s.ms === null ? [] : [s.ms]));
  return {
    slaCompliance: { value: due ? met / due : null, count: due },
    uptime: { value: uptimes.length ? sum(uptimes) / uptimes.length : null, count: outages },
    mttr: mean(repairs),
    freshness: { value: wholeMs(quantile(delays, 0.5)), count: delays.length },
    freshnessP95: { value: wholeMs(quantile(delays, 0.95)), count: delays.length },
    mtta: mean(inRange(responses).flatMap((s) => (s.ms === null ? [] : [s.ms]))),
    resolution: mean(resolved),
    completeness: mean(completeness),
    accuracy: mean(accuracy),
  };
}
