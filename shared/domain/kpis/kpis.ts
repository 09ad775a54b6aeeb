/**
 * Team KPIs from run history, per pipeline and overall, over the last N days, each against the
 * workspace's target. Definitions (the README repeats them):
 * - SLA compliance: intervals delivered by their deadline / intervals whose deadline fell in the window.
 * - Uptime: share of the window during which the pipeline was neither late (the newest interval
 *   past its deadline had no success yet) nor failed (from a failed run's end to the next success's end).
 * - MTTR: mean length of those bad periods that began in the window and have ended (by a success).
 * - Freshness lag: now − availability of the newest interval delivered (point in time, same for 7 and 30 days).
 * - MTTA: mean time from an alert opening to its acknowledgement, for alerts opened in the window.
 * Overall: compliance pools intervals, uptime averages pipelines, MTTR and MTTA pool events,
 * freshness takes the worst pipeline.
 */
import { durationMs, percentFraction } from "../duration";
import type { KpiTargets, Pipeline } from "../workspace-schema";
import type { PipelineRun } from "../runs";
import { intervalOutcome } from "../sla/intervals";
import { runHistory, type RunHistory } from "../sla/run-history";
import { scheduleFor } from "../sla/schedule";

/** An acknowledged alert, as the alert book records it. */
export interface Acknowledgement {
  pipelineId: string;
  openedAt: string;
  acknowledgedAt: string;
}

/** One KPI: its value (null when there is nothing to measure), its target and whether it is met. */
export interface Kpi {
  value: number | null;
  /** "fraction" is higher-is-better (0..1); "ms" is lower-is-better. */
  unit: "fraction" | "ms";
  target: number;
  met: boolean | null;
}

/** The five KPIs of a pipeline or of the whole workspace. */
export interface KpiSet {
  slaCompliance: Kpi;
  uptime: Kpi;
  mttr: Kpi;
  freshnessLag: Kpi;
  mtta: Kpi;
}

/** KPIs over one window. */
export interface KpiReport {
  days: number;
  from: string;
  to: string;
  overall: KpiSet;
  pipelines: Record<string, KpiSet>;
}

/** What the KPIs are computed from. Runs and acknowledgements of pipelines not listed are ignored. */
export interface KpiInput {
  pipelines: readonly Pipeline[];
  runs: ReadonlyMap<string, readonly PipelineRun[]>;
  acknowledgements: readonly Acknowledgement[];
  targets: KpiTargets;
  now: Date;
}

const DAY_MS = 86_400_000;

/** The raw measurements of one pipeline, pooled into the overall figures. */
interface Measure {
  due: number;
  met: number;
  badMs: number;
  repairs: number[];
  freshnessLagMs: number | null;
  acks: number[];
}

/** KPIs over the last `days` days up to `input.now`. */
export function computeKpis(input: KpiInput, days: number): KpiReport {
  const toMs = input.now.getTime();
  const fromMs = toMs - days * DAY_MS;
  const targets = {
    slaCompliance: percentFraction(input.targets.sla_compliance),
    uptime: percentFraction(input.targets.uptime),
    mttr: durationMs(input.targets.mttr),
    freshness: durationMs(input.targets.freshness),
    mtta: durationMs(input.targets.response),
  };
  const kpis = (m: Measure[]): KpiSet => {
    const due = sum(m.map((x) => x.due));
    const lags = m.map((x) => x.freshnessLagMs).filter((x): x is number => x !== null);
    return {
      slaCompliance: higher(due ? sum(m.map((x) => x.met)) / due : null, targets.slaCompliance),
      uptime: higher(m.length ? mean(m.map((x) => 1 - x.badMs / (toMs - fromMs))) : null, targets.uptime),
      mttr: lower(mean(m.flatMap((x) => x.repairs)), targets.mttr),
      freshnessLag: lower(lags.length ? Math.max(...lags) : null, targets.freshness),
      mtta: lower(mean(m.flatMap((x) => x.acks)), targets.mtta),
    };
  };
  const measures = input.pipelines.map((p) => measure(p, input, fromMs, toMs));
  return {
    days,
    from: new Date(fromMs).toISOString(),
    to: new Date(toMs).toISOString(),
    overall: kpis(measures),
    pipelines: Object.fromEntries(input.pipelines.map((p, i) => [p.id, kpis([measures[i]!])])),
  };
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

function mean(xs: number[]): number | null {
  return xs.length ? sum(xs) / xs.length : null;
}

function higher(value: number | null, target: number): Kpi {
  return { value, unit: "fraction", target, met: value === null ? null : value >= target };
}

function lower(value: number | null, target: number): Kpi {
  return { value, unit: "ms", target, met: value === null ? null : value <= target };
}

function measure(pipeline: Pipeline, input: KpiInput, fromMs: number, toMs: number): Measure {
  const slaMs = durationMs(pipeline.sla);
  const history = runHistory(input.runs.get(pipeline.id) ?? []);
  const schedule = scheduleFor(pipeline.schedule);
  // Intervals due by now, starting with the last one due before the window: its lateness may run into it.
  const before = schedule.atOrBefore(fromMs - slaMs);
  const dueTicks = before === null ? schedule.ticksBetween(fromMs - slaMs, toMs - slaMs) : [before, ...schedule.ticksBetween(before, toMs - slaMs)];

  let due = 0;
  let met = 0;
  for (const tick of dueTicks) {
    if (tick + slaMs <= fromMs) continue;
    due++;
    if (intervalOutcome(history.byIntervalEnd.get(tick), tick + slaMs, toMs) === "met") met++;
  }
  const bad = merge([...latePeriods(dueTicks, slaMs, history, toMs), ...failedPeriods(history, toMs)]);
  const newest = history.successes.filter((s) => (s.endMs ?? s.intervalEndMs) <= toMs).at(-1);
  return {
    due,
    met,
    badMs: sum(bad.map(([a, b]) => Math.max(0, Math.min(b, toMs) - Math.max(a, fromMs)))),
    repairs: bad.filter(([a, b]) => a >= fromMs && b < toMs).map(([a, b]) => b - a),
    freshnessLagMs: newest ? toMs - newest.intervalEndMs : null,
    acks: input.acknowledgements
      .filter((a) => a.pipelineId === pipeline.id)
      .map((a) => [Date.parse(a.openedAt), Date.parse(a.acknowledgedAt)] as const)
      .filter(([opened]) => opened >= fromMs && opened <= toMs)
      .map(([opened, acked]) => acked - opened),
  };
}

type Period = [number, number];

/**
 * Late periods: interval i is late from its deadline until the first success of it or a later
 * interval, but no longer than the next deadline (from there interval i+1 speaks for the pipeline).
 */
function latePeriods(dueTicks: number[], slaMs: number, history: RunHistory, toMs: number): Period[] {
  const out: Period[] = [];
  // Earliest success end among intervals at or after each tick, computed from the newest backwards.
  const successes = history.successes;
  let j = successes.length;
  let firstSuccess = Infinity;
  for (let i = dueTicks.length - 1; i >= 0; i--) {
    const tick = dueTicks[i]!;
    while (j > 0 && successes[j - 1]!.intervalEndMs >= tick) {
      j--;
      firstSuccess = Math.min(firstSuccess, successes[j]!.endMs ?? successes[j]!.intervalEndMs);
    }
    const deadline = tick + slaMs;
    const until = Math.min(firstSuccess, dueTicks[i + 1] !== undefined ? dueTicks[i + 1]! + slaMs : toMs);
    if (until > deadline) out.push([deadline, until]);
  }
  return out;
}

/** Failed periods: from a failed run's end to the end of the next success that ended after it. */
function failedPeriods(history: RunHistory, toMs: number): Period[] {
  const ends = history.successes.map((s) => s.endMs ?? s.intervalEndMs).sort((a, b) => a - b);
  const out: Period[] = [];
  for (const timed of history.failures) {
    if (timed.endMs === null) continue;
    const failedAt = timed.endMs;
    out.push([failedAt, ends.find((e) => e > failedAt) ?? toMs]);
  }
  return out;
}

/** Unions overlapping or touching periods. */
function merge(periods: Period[]): Period[] {
  const sorted = periods.sort((a, b) => a[0] - b[0]);
  const out: Period[] = [];
  for (const [a, b] of sorted) {
    const last = out.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}
