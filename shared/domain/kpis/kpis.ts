/**
 * Team KPIs by the seed's definitions, per pipeline and overall, over the last N days, each against
 * the workspace's target, with a daily series (the trend) over the window's local days. The README
 * repeats the definitions:
 * - SLA compliance: deadlines met / deadlines that fell in the window.
 * - Uptime: share of the window during which the pipeline was neither late (the newest interval
 *   past its deadline had no success yet) nor failed (from a failed run's end to the next success's end).
 * - MTTR: mean length of those bad periods that began in the window and have ended (by a success).
 * - Freshness: delivery time − data availability of each interval delivered in the window (the
 *   seed's "delay from source"): the median and the 95th percentile, both against the target.
 * - MTTA (response): mean time from an alert (or an incident) being raised to its acknowledgement.
 * - Resolution: mean time from an incident's start to its resolution, for incidents started in the window.
 * - Completeness and accuracy: mean of what the source reports per delivered run; "not measured"
 *   where no source reports them, never a number.
 * The age of the newest data (now − availability of the newest delivered interval) is reported
 * beside them, not held against the freshness target. Run-based figures cover only the range the
 * source's reading covers; the report says which.
 */
import { durationMs, percentFraction } from "../duration";
import type { KpiTargets, Pipeline } from "../workspace-schema";
import type { PipelineRun, ReadingCoverage } from "../runs";
import { instantMs, isoOf } from "../sla/instant";
import { localDays } from "./local-days";
import { pipelineEvents, type PipelineEvents } from "./pipeline-events";
import { pipelineTallies, type Tally } from "./tallies";
import { figuresOf, type Figure, type Figures, type StepEvent } from "./window-figures";

/** An acknowledged alert, as the alert book records it. */
export interface Acknowledgement {
  pipelineId: string;
  openedAt: string;
  acknowledgedAt: string;
}

/**
 * An incident's times: the seam through which the incident store feeds resolution time and response
 * (the incident domain's `IncidentTimes` fits as it is). Its response runs from `detectedAt` (else
 * `startedAt`) to `acknowledgedAt`; one that repeats an alert's (same pipeline, and the same raised
 * or acknowledged instant) is counted once, as the alert's.
 */
export interface KpiIncident {
  pipelineId: string;
  startedAt: string;
  resolvedAt: string | null;
  /** The first human response; absent or null when there was none to measure. */
  acknowledgedAt?: string | null;
  /** When the problem was first seen (its earliest alert), if before the start. */
  detectedAt?: string;
}

/** One local day of a KPI's trend. */
export interface KpiDay {
  /** YYYY-MM-DD in the workspace's zone; the window's first and last days may be partial. */
  date: string;
  value: number | null;
}

/** One KPI: its value (null when there is nothing to measure), its target, whether it is met, and its trend. */
export interface Kpi {
  value: number | null;
  /** "fraction" is higher-is-better (0..1); "ms" is lower-is-better. */
  unit: "fraction" | "ms";
  target: number;
  met: boolean | null;
  /** How many things the value counts: deadlines, outages, repairs, deliveries, acknowledgements, incidents or runs (KPI_COUNTS says which). */
  count: number;
  /** Why there is no value when nothing could be measured at all: "not measured by any source", "no incidents in the window". */
  unmeasured?: string;
  /** The value per local day of the window, oldest first. */
  daily: KpiDay[];
}

/** The KPIs of a pipeline or of the whole workspace. */
export interface KpiSet {
  slaCompliance: Kpi;
  uptime: Kpi;
  mttr: Kpi;
  /** Median delay from data availability to delivery. */
  freshness: Kpi;
  /** 95th percentile of the same delays. */
  freshnessP95: Kpi;
  mtta: Kpi;
  resolution: Kpi;
  completeness: Kpi;
  accuracy: Kpi;
}

/** The keys of a KpiSet. */
export type KpiKey = keyof KpiSet;

/** The range a pipeline's run-based figures really cover. */
export interface KpiCoverage {
  from: string;
  to: string;
  /** False when the figures start later than the window: the source's reading reaches back less far. */
  complete: boolean;
  /** Why, for a human, when incomplete. */
  note?: string;
}

/** KPIs over one window. */
export interface KpiReport {
  days: number;
  from: string;
  to: string;
  overall: KpiSet;
  pipelines: Record<string, KpiSet>;
  /** What the run-based figures cover, per pipeline and overall (from the latest pipeline start). */
  coverage: { overall: KpiCoverage; pipelines: Record<string, KpiCoverage> };
  /** Age of the newest data, ms: now − availability of the newest delivered interval; overall the oldest. Not a KPI: no target. */
  dataAge: { overall: number | null; pipelines: Record<string, number | null> };
}

/** What the KPIs are computed from. Runs, acknowledgements and incidents of pipelines not listed are ignored. */
export interface KpiInput {
  pipelines: readonly Pipeline[];
  runs: ReadonlyMap<string, readonly PipelineRun[]>;
  acknowledgements: readonly Acknowledgement[];
  targets: KpiTargets;
  now: Date;
  /** The workspace's zone: the daily series follows its local days. */
  zone: string;
  /** How far back each pipeline's runs are known (its reading's coverage); a pipeline not listed counts as covering the window. */
  coverage?: ReadonlyMap<string, ReadingCoverage>;
  /** Incidents, for resolution time and response; none until the incident store is wired in. */
  incidents?: readonly KpiIncident[];
}

const DAY_MS = 86_400_000;

/** The unit and target of each KPI. */
const SPEC: Record<KpiKey, { unit: Kpi["unit"]; target: (t: KpiTargets) => number }> = {
  slaCompliance: { unit: "fraction", target: (t) => percentFraction(t.sla_compliance) },
  uptime: { unit: "fraction", target: (t) => percentFraction(t.uptime) },
  mttr: { unit: "ms", target: (t) => durationMs(t.mttr) },
  freshness: { unit: "ms", target: (t) => durationMs(t.freshness) },
  freshnessP95: { unit: "ms", target: (t) => durationMs(t.freshness) },
  mtta: { unit: "ms", target: (t) => durationMs(t.response) },
  resolution: { unit: "ms", target: (t) => durationMs(t.resolution) },
  completeness: { unit: "fraction", target: (t) => percentFraction(t.completeness) },
  accuracy: { unit: "fraction", target: (t) => percentFraction(t.accuracy) },
};

const KEYS = Object.keys(SPEC) as KpiKey[];

/** The events, tallies and steps of some pipelines: one pipeline's, or all of them for the overall figures. */
interface Scope {
  events: PipelineEvents[];
  /** Per pipeline: its tally over the window and over each day. */
  tallies: { window: Tally; days: Tally[] }[];
  responses: StepEvent[];
  resolutions: StepEvent[];
  /** Where a source reports nothing of a quality KPI: the text shown instead of a value. */
  unreported: string;
}

/** KPIs over the last `days` days up to `input.now`. */
export function computeKpis(input: KpiInput, days: number): KpiReport {
  const toMs = input.now.getTime();
  const fromMs = toMs - days * DAY_MS;
  const ids = new Set(input.pipelines.map((p) => p.id));
  const events = input.pipelines.map((p) => pipelineEvents(p, input.runs.get(p.id) ?? [], coverFrom(p, input.coverage?.get(p.id), fromMs), toMs));
  const { responses, resolutions } = steps(input, ids);
  const dayRanges = localDays(fromMs, toMs, input.zone);
  const tallies = events.map((e) => pipelineTallies(e, dayRanges, toMs));
  const targets = Object.fromEntries(KEYS.map((key) => [key, SPEC[key].target(input.targets)])) as Record<KpiKey, number>;

  const kpiSet = (scope: Scope): KpiSet => {
    const window = figuresOf(scope.tallies.map((t) => t.window), scope.responses, scope.resolutions, { fromMs, toMs }, toMs);
    const perDay = dayRanges.map((d, k) => ({ date: d.date, figures: figuresOf(scope.tallies.map((t) => t.days[k]!), scope.responses, scope.resolutions, d, toMs) }));
    const unmeasured = unmeasuredReasons(scope, window, fromMs, toMs);
    return Object.fromEntries(
      KEYS.map((key) => [key, kpi(key, window[key], targets[key], unmeasured[key], perDay.map((d) => ({ date: d.date, value: d.figures[key].value })))]),
    ) as unknown as KpiSet;
  };
  const scopeOf = (indices: number[], unreported: string): Scope => {
    const mine = new Set(indices.map((i) => events[i]!.pipeline.id));
    return {
      events: indices.map((i) => events[i]!),
      tallies: indices.map((i) => tallies[i]!),
      responses: responses.filter((s) => mine.has(s.pipelineId)),
      resolutions: resolutions.filter((s) => mine.has(s.pipelineId)),
      unreported,
    };
  };

  const coverage = Object.fromEntries(events.map((e) => [e.pipeline.id, coverageOf(e, input.coverage?.get(e.pipeline.id), fromMs, toMs)]));
  const ages = Object.fromEntries(events.map((e) => [e.pipeline.id, e.newestAvailableMs === null ? null : toMs - e.newestAvailableMs]));
  const knownAges = Object.values(ages).filter((a): a is number => a !== null);
  return {
    days,
    from: isoOf(fromMs),
    to: isoOf(toMs),
    overall: kpiSet(scopeOf(events.map((_, i) => i), "not measured by any source")),
    pipelines: Object.fromEntries(events.map((e, i) => [e.pipeline.id, kpiSet(scopeOf([i], `not measured by its source (${e.pipeline.source.id})`))])),
    coverage: { overall: overallCoverage(coverage, fromMs, toMs), pipelines: coverage },
    dataAge: { overall: knownAges.length ? Math.max(...knownAges) : null, pipelines: ages },
  };
}

/**
 * Where a pipeline's run-based figures start: the window's start, or where the reading's runs start.
 * A complete reading holds everything the source was asked for since `from`; a read cut short (a
 * page cap) may lack the interval just before its oldest run, whose deadline can fall after it, so
 * its figures start one SLA later.
 */
function coverFrom(pipeline: Pipeline, coverage: ReadingCoverage | undefined, fromMs: number): number {
  const known = coverage ? instantMs(coverage.from) : NaN;
  if (Number.isNaN(known)) return fromMs;
  return Math.max(fromMs, coverage!.complete ? known : known + durationMs(pipeline.sla));
}

function coverageOf(events: PipelineEvents, reading: ReadingCoverage | undefined, fromMs: number, toMs: number): KpiCoverage {
  const complete = events.coverFromMs <= fromMs;
  const covered: KpiCoverage = { from: isoOf(Math.min(events.coverFromMs, toMs)), to: isoOf(toMs), complete };
  if (!complete) covered.note = reading?.note ?? `the source's runs reach back only to ${reading?.from ?? "this instant"}`;
  return covered;
}

function overallCoverage(pipelines: Record<string, KpiCoverage>, fromMs: number, toMs: number): KpiCoverage {
  const partial = Object.entries(pipelines).filter(([, c]) => !c.complete);
  if (partial.length === 0) return { from: isoOf(fromMs), to: isoOf(toMs), complete: true };
  const latest = Math.max(...partial.map(([, c]) => instantMs(c.from)));
  return { from: isoOf(latest), to: isoOf(toMs), complete: false, note: partial.map(([id, c]) => `${id} from ${c.from}: ${c.note}`).join("; ") };
}

/** Acknowledgements (alerts, then incidents not repeating one) and resolutions as timed steps. */
function steps(input: KpiInput, ids: ReadonlySet<string>): { responses: StepEvent[]; resolutions: StepEvent[] } {
  const step = (pipelineId: string, from: string, to: string | null | undefined): StepEvent => ({ pipelineId, atMs: instantMs(from), ms: to ? instantMs(to) - instantMs(from) : null });
  const acks = input.acknowledgements.filter((a) => ids.has(a.pipelineId));
  const seen = new Set(acks.flatMap((a) => [`${a.pipelineId}@${instantMs(a.openedAt)}`, `${a.pipelineId}@${instantMs(a.acknowledgedAt)}`]));
  const repeats = (i: KpiIncident) => seen.has(`${i.pipelineId}@${instantMs(i.detectedAt ?? i.startedAt)}`) || seen.has(`${i.pipelineId}@${instantMs(i.acknowledgedAt!)}`);
  const incidents = (input.incidents ?? []).filter((i) => ids.has(i.pipelineId));
  return {
    responses: [
      ...acks.map((a) => step(a.pipelineId, a.openedAt, a.acknowledgedAt)),
      ...incidents.filter((i) => i.acknowledgedAt && !repeats(i)).map((i) => step(i.pipelineId, i.detectedAt ?? i.startedAt, i.acknowledgedAt)),
    ],
    resolutions: incidents.map((i) => step(i.pipelineId, i.startedAt, i.resolvedAt)),
  };
}

/** The KPIs that cannot be measured at all in a scope over [fromMs, toMs), and why. */
function unmeasuredReasons(scope: Scope, window: Figures, fromMs: number, toMs: number): Partial<Record<KpiKey, string>> {
  const out: Partial<Record<KpiKey, string>> = {};
  if (!scope.events.some((e) => e.reports.completeness)) out.completeness = scope.unreported;
  if (!scope.events.some((e) => e.reports.accuracy)) out.accuracy = scope.unreported;
  if (window.resolution.value === null) {
    const started = scope.resolutions.some((s) => s.atMs >= fromMs && s.atMs <= toMs);
    out.resolution = started ? "no incident of the window is resolved yet" : "no incidents in the window";
  }
  return out;
}

function kpi(key: KpiKey, figure: Figure, target: number, unmeasured: string | undefined, daily: KpiDay[]): Kpi {
  const { unit } = SPEC[key];
  const { value, count } = figure;
  const met = value === null ? null : unit === "fraction" ? value >= target : value <= target;
  return unmeasured === undefined ? { value, unit, target, met, count, daily } : { value, unit, target, met, count, unmeasured, daily };
}
