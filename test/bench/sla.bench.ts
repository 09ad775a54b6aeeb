/**
 * Issue 3's budget (figures in the report of this change; run with `npx vitest bench --run test/bench/sla.bench.ts`): evaluating 1,000 pipelines × 30 days of runs in under 50 ms.
 * Schedules mix hourly, 4-hourly, 6-hourly, daily and weekday patterns with distinct minute
 * offsets (60 distinct cron expressions), runs ~5% failed and ~5% late. "cold" gives every
 * evaluation new run arrays (each reading indexed from scratch, as after a poll of every source);
 * "warm" re-evaluates the same readings (a deadline timer firing between polls).
 */
import { bench, describe } from "vitest";
import { evaluatePipelines } from "../../shared/domain/sla/evaluate-workspace";
import { computeKpis } from "../../shared/domain/kpis/kpis";
import type { PipelineReading, PipelineRun } from "../../shared/domain/runs";
import type { KpiTargets, Pipeline } from "../../shared/domain/workspace-schema";
import { scheduleFor } from "../../shared/domain/sla/schedule";
import { seededRandom } from "../fakes/seeded-random";

const NOW = new Date("2026-03-10T12:34:00Z");
const DAY = 86_400_000;
const random = seededRandom(3);
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

function runsOf(p: Pipeline): PipelineRun[] {
  const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");
  return scheduleFor(p.schedule)
    .ticksBetween(NOW.getTime() - 30 * DAY, NOW.getTime())
    .map((tick) => {
      const r = random();
      const start = tick + 60_000 + r * 300_000;
      const end = start + (r < 0.05 ? 5 : 0.5) * 3_600_000;
      const done = end <= NOW.getTime();
      return { pipelineId: p.id, runId: String(tick), state: !done ? "running" : r < 0.05 ? "failed" : "success", intervalEnd: iso(tick), start: iso(start), end: done ? iso(end) : null };
    });
}

const runs = new Map(pipelines.map((p) => [p.id, runsOf(p)]));
const reading = (p: Pipeline): PipelineReading => ({ pipelineId: p.id, ok: true, runs: runs.get(p.id)!, fetchedAt: NOW.toISOString() });
const warm = new Map(pipelines.map((p) => [p.id, reading(p)]));
const sources = [{ id: "src", kind: "demo" as const }];
const targets: KpiTargets = { uptime: "99.9%", sla_compliance: "95%", mttr: "2h", completeness: "99.5%", accuracy: "99.9%", freshness: "1h", response: "15m", resolution: "4h" };
const totalRuns = [...runs.values()].reduce((n, r) => n + r.length, 0);
console.log(`bench data: ${pipelines.length} pipelines, ${totalRuns} runs over 30 days, ${new Set(pipelines.map((p) => p.schedule)).size} distinct schedules`);

describe(`SLA evaluation, 1,000 pipelines × 30 days`, () => {
  bench("cold: fresh readings (index every run)", () => {
    const fresh = new Map(pipelines.map((p) => [p.id, { ...reading(p), runs: [...runs.get(p.id)!] }]));
    evaluatePipelines({ pipelines, sources, readings: fresh }, NOW);
  });
  bench("warm: same readings (deadline timer between polls)", () => {
    evaluatePipelines({ pipelines, sources, readings: warm }, NOW);
  });
  bench("KPIs, 30-day window (warm)", () => {
    computeKpis({ pipelines, runs, acknowledgements: [], targets, now: NOW }, 30);
  });
});
