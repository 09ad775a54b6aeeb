/**
 * Issue 3's budget (run with `npx vitest bench --run test/bench/sla.bench.ts`): evaluating 1,000
 * pipelines × 30 days of runs in under 50 ms. Schedules mix hourly, 4-hourly, 6-hourly, daily and
 * weekday patterns with distinct minute offsets (60 distinct cron expressions), runs ~5% failed.
 *
 * Every poll hands over all runs again as new objects, so the cases are:
 * - steady state: evaluating readings whose histories the run index already holds (a deadline timer
 *   between polls, or the evaluation right after a poll once its runs are in);
 * - poll cycle: a poll of every source where each pipeline gained a run, lost its oldest and saw its
 *   previous run finish: ingest through the run index, then evaluate;
 * - cold ingest: every run read from scratch (the first poll after launch).
 * Readings are JSON round-trips, like a source's response, so no string is shared between polls, and
 * the copy the index first saw is never handed over again: unchanged runs are compared by content.
 */
import { bench, describe } from "vitest";
import { evaluatePipelines } from "../../shared/domain/sla/evaluate-workspace";
import { createRunIndex, type RunIndex } from "../../shared/domain/sla/run-index";
import { computeKpis } from "../../shared/domain/kpis/kpis";
import type { PipelineReading, PipelineRun } from "../../shared/domain/runs";
import type { KpiTargets, Pipeline } from "../../shared/domain/workspace-schema";
import { scheduleFor } from "../../shared/domain/sla/schedule";

const NOW = new Date("2026-03-10T12:34:00Z");
const DAY = 86_400_000;
const SHAPES: ((minute: number) => [schedule: string, sla: string])[] = [
  (m: number) => [`${m} * * * *`, "45m"],
  (m: number) => [`${m} */4 * * *`, "3h"],
  (m: number) => [`${m} */6 * * *`, "4h"],
  (m: number) => [`${m} ${m % 24} * * *`, "2h"],
  (m: number) => [`${m} 9 * * 1-5`, "6h"],
];

const pipelines: Pipeline[] = Array.from({ length: 1000 }, (_, i) => {
  const [schedule, sla] = SHAPES[i % SHAPES.length]!(i % 60);
  return { id: `p${i}`, name: `p${i}`, area: "profit", impact: "high", purpose: "bench", engine: "x", inputs: [], schedule, sla, owners: { primary: "a", secondary: "b" }, source: { id: "src" }, alerts: [], checks: [], success_metrics: [] };
});

/** A number in [0, 1) fixed by pipeline and tick, so a run looks the same in every poll that has it. */
function noise(i: number, tick: number): number {
  const x = Math.sin(i * 12.9898 + (tick / 60_000) * 78.233) * 43_758.5453;
  return x - Math.floor(x);
}

/** The run of pipeline `i` for `tick`, still running unless `finished`. */
function runOf(i: number, tick: number, finished: boolean): PipelineRun {
  const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");
  const r = noise(i, tick);
  const start = tick + 60_000 + r * 300_000;
  const end = start + (r < 0.05 ? 5 : 0.5) * 3_600_000;
  return { pipelineId: `p${i}`, runId: `scheduled__${iso(tick)}`, state: !finished ? "running" : r < 0.05 ? "failed" : "success", intervalEnd: iso(tick), start: iso(start), end: finished ? iso(end) : null };
}

// Per pipeline, the ticks of the last 30 days and the one before: the previous poll saw all but the
// newest (its last run still running), this poll all but the oldest (that run finished, a new one running).
const ticks = pipelines.map((p) => {
  const all = scheduleFor(p.schedule).ticksBetween(NOW.getTime() - 35 * DAY, NOW.getTime());
  return all.slice(all.findIndex((t) => t > NOW.getTime() - 30 * DAY) - 1);
});
function windowOf(i: number, which: "previous" | "current"): PipelineRun[] {
  const t = ticks[i]!;
  const seen = which === "previous" ? t.slice(0, -1) : t.slice(1);
  return seen.map((tick, k) => runOf(i, tick, k < seen.length - 1));
}
/** One poll's readings as a source would deliver them: parsed from JSON, sharing nothing. */
function poll(which: "previous" | "current"): Map<string, PipelineReading> {
  const runs = JSON.parse(JSON.stringify(pipelines.map((_, i) => windowOf(i, which)))) as PipelineRun[][];
  return new Map(pipelines.map((p, i) => [p.id, { pipelineId: p.id, ok: true, runs: runs[i]!, fetchedAt: NOW.toISOString() }]));
}

const sources = [{ id: "src", kind: "demo" as const }];
const evaluate = (readings: Map<string, PipelineReading>, runIndex: RunIndex) => evaluatePipelines({ pipelines, sources, readings, runIndex }, NOW);

// Poll cycle: the index first sees a copy that never comes back, so unchanged runs are always
// compared with another poll's strings; then polls alternate between the current and the previous
// window, so every ingest is a one-poll change (+1 run, -1 run, 1 finished, or the reverse).
const cycling = createRunIndex();
evaluate(poll("previous"), cycling);
const polls = [poll("current"), poll("previous")];
let next = 0;

// Steady state: an index that has taken the current poll in.
const current = polls[0]!;
const steady = createRunIndex();
evaluate(current, steady);

const totalRuns = [...current.values()].reduce((n, r) => n + (r.ok ? r.runs.length : 0), 0);
console.log(`bench data: ${pipelines.length} pipelines, ${totalRuns} runs over 30 days, ${new Set(pipelines.map((p) => p.schedule)).size} distinct schedules`);

const kpiRuns = new Map([...current].map(([id, r]) => [id, r.ok ? r.runs : []]));
const targets: KpiTargets = { uptime: "99.9%", sla_compliance: "95%", mttr: "2h", completeness: "99.5%", accuracy: "99.9%", freshness: "1h", response: "15m", resolution: "4h" };

describe("SLA evaluation, 1,000 pipelines × 30 days", () => {
  bench("steady state: evaluate ingested histories (target < 50 ms)", () => {
    evaluate(current, steady);
  });
  bench("poll cycle: each pipeline +1 run, -1 run, 1 finished; ingest + evaluate (target < 50 ms)", () => {
    evaluate(polls[next++ % polls.length]!, cycling);
  });
  bench("cold ingest: every run read from scratch (first poll; no target)", () => {
    const index = createRunIndex();
    for (const [id, r] of current) if (r.ok) index.historyOf(id, r.runs);
  });
  bench("KPIs, 30-day window", () => {
    computeKpis({ pipelines, runs: kpiRuns, acknowledgements: [], targets, now: NOW, zone: "America/New_York" }, 30);
  });
});
