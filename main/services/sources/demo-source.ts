/**
 * The `demo` source: a simulated, deterministic month of runs for whatever pipelines it serves,
 * computed from `ctx.now` alone (the same instant always gives the same history), so a new user
 * sees the app work at once. On top of the simulated routine it plans, relative to now and by
 * the SLA rules, one pipeline at risk and another late. Failed runs are retried by hand (manual
 * runs) and a third pipeline backfills an old interval, so every run type shows. The status service
 * labels it as demo.
 */
import { durationMs } from "../../../shared/domain/duration";
import type { PipelineReading, PipelineRun, RunType } from "../../../shared/domain/runs";
import { scheduleFor } from "../../../shared/domain/sla/schedule";
import type { Pipeline } from "../../../shared/domain/workspace-schema";
import type { PipelineSource } from "./pipeline-source";

const MINUTE = 60_000;
const HISTORY_MS = 30 * 86_400_000;
const FAILURE_RATE = 0.04;
const SLOW_RATE = 0.03;
/** How many recent intervals of the at-risk pipeline ran slower than their SLA (6 of the last 10 successes: the median). */
const SLOW_STREAK = 6;

/** FNV-1a: a stable 32-bit seed from text. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** mulberry32: a small seeded PRNG; seeded per pipeline + interval so history never depends on the window. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A pipeline's simulation parameters. */
interface Sim {
  pipeline: Pipeline;
  slaMs: number;
  /** Typical run time: 15–35% of the SLA, fixed per pipeline. */
  typicalMs: number;
  ticks: number[];
}

/** One attempt before it is cut at now. */
interface Attempt {
  tick: number;
  runId: string;
  state: "success" | "failed";
  start: number;
  end: number;
  runType: RunType;
}

function simulate(pipeline: Pipeline, nowMs: number): Sim {
  const slaMs = durationMs(pipeline.sla);
  return {
    pipeline,
    slaMs,
    typicalMs: Math.round(slaMs * (0.15 + 0.2 * random(hash(pipeline.id))())),
    ticks: scheduleFor(pipeline.schedule).ticksBetween(nowMs - HISTORY_MS, nowMs),
  };
}

const runId = (tick: number) => `scheduled__${new Date(tick).toISOString()}`;

/** How long before now the backfilling pipeline started its backfill, and how many intervals back it redoes. */
const BACKFILL_AGO_MS = 90 * MINUTE;
const BACKFILL_INTERVALS_BACK = 12;

/** The routine: on time, a few failures (retried by hand 10 minutes later) and a few slow, late runs. */
function routine(sim: Sim, tick: number): Attempt[] {
  const rnd = random(hash(`${sim.pipeline.id}|${tick}`));
  const start = tick + Math.round((1 + rnd() * 5) * MINUTE);
  const duration = Math.round(sim.typicalMs * (0.8 + 0.4 * rnd()));
  const roll = rnd();
  if (roll < FAILURE_RATE) {
    const failedAt = start + Math.round(duration * 0.3);
    const retry = failedAt + 10 * MINUTE;
    return [
      { tick, runId: runId(tick), state: "failed", start, end: failedAt, runType: "scheduled" },
      { tick, runId: `manual__${new Date(retry).toISOString()}`, state: "success", start: retry, end: retry + duration, runType: "manual" },
    ];
  }
  const slow = roll < FAILURE_RATE + SLOW_RATE;
  return [{ tick, runId: runId(tick), state: "success", start, end: start + (slow ? Math.round(sim.slaMs * 1.1) : duration), runType: "scheduled" }];
}

/** Roles at `nowMs`: the first pipeline with an interval in flight is at risk; the first other one with a deadline passed is late; the first of the rest backfills. */
function plan(sims: Sim[], nowMs: number): { atRisk?: Sim; late?: Sim; backfilling?: Sim } {
  const atRisk = sims.find((s) => s.ticks.length >= SLOW_STREAK + 2 && s.ticks.at(-1)! + s.slaMs > nowMs);
  const late = sims.find((s) => s !== atRisk && s.ticks.some((t) => t + s.slaMs <= nowMs));
  const backfilling = sims.find((s) => s !== atRisk && s !== late && s.ticks.length > BACKFILL_INTERVALS_BACK);
  return { atRisk, late, backfilling };
}

/** A backfill of an interval well in the past, started a little before now (it may still be running). */
function backfill(sim: Sim, nowMs: number): Attempt {
  const tick = sim.ticks.at(-BACKFILL_INTERVALS_BACK)!;
  const start = nowMs - BACKFILL_AGO_MS;
  return { tick, runId: `backfill__${new Date(tick).toISOString()}`, state: "success", start, end: start + sim.typicalMs, runType: "backfill" };
}

/**
 * At risk: the current interval started on time and is running, but the last runs have been slow
 * (over the SLA), so the median of the last 10 successes ends after the deadline.
 */
function atRiskAttempts(sim: Sim, nowMs: number): Attempt[] {
  const ticks = sim.ticks;
  const current = ticks.at(-1)!;
  const previous = ticks.at(-2)!;
  const out: Attempt[] = [{ tick: current, runId: runId(current), state: "success", start: Math.min(current + 2 * MINUTE, nowMs), end: Infinity, runType: "scheduled" }];
  out.push({ tick: previous, runId: runId(previous), state: "success", start: previous + 3 * MINUTE, end: previous + 3 * MINUTE + sim.typicalMs, runType: "scheduled" });
  for (let i = 3; i < SLOW_STREAK + 3; i++) {
    const tick = ticks.at(-i)!;
    const over = Math.round((10 + 30 * random(hash(`${sim.pipeline.id}|slow|${tick}`))()) * MINUTE);
    out.push({ tick, runId: runId(tick), state: "success", start: tick + 2 * MINUTE, end: tick + 2 * MINUTE + sim.slaMs + over, runType: "scheduled" });
  }
  return out;
}

/** The runs of one pipeline as a scheduler would report them at `nowMs`. */
function history(sim: Sim, role: "at-risk" | "late" | "backfilling" | undefined, nowMs: number): PipelineRun[] {
  let attempts = sim.ticks.flatMap((tick) => routine(sim, tick));
  if (role === "at-risk") {
    const planted = atRiskAttempts(sim, nowMs);
    const replaced = new Set(planted.map((a) => a.tick));
    attempts = [...attempts.filter((a) => !replaced.has(a.tick)), ...planted];
  } else if (role === "late") {
    // The newest interval past its deadline hangs (running since shortly after its tick); nothing after it has run.
    const due = sim.ticks.filter((t) => t + sim.slaMs <= nowMs).at(-1)!;
    attempts = [...attempts.filter((a) => a.tick < due), { tick: due, runId: runId(due), state: "success", start: due + 4 * MINUTE, end: Infinity, runType: "scheduled" }];
  } else if (role === "backfilling") {
    attempts = [...attempts, backfill(sim, nowMs)];
  }
  return attempts
    .filter((a) => a.start <= nowMs)
    .sort((a, b) => a.start - b.start)
    .map((a) => ({
      pipelineId: sim.pipeline.id,
      runId: a.runId,
      state: a.end <= nowMs ? a.state : "running",
      intervalEnd: new Date(a.tick).toISOString(),
      start: new Date(a.start).toISOString(),
      end: a.end <= nowMs ? new Date(a.end).toISOString() : null,
      runType: a.runType,
    }));
}

/** A demo source with the workspace id `config.id`. */
export function createDemoSource(config: { id: string }): PipelineSource {
  return {
    id: config.id,
    kind: "demo",
    async read(pipelines, ctx) {
      const nowMs = ctx.now.getTime();
      const fetchedAt = ctx.now.toISOString();
      const sims = new Map<string, Sim>();
      const readings: PipelineReading[] = [];
      for (const p of pipelines) {
        try {
          sims.set(p.id, simulate(p, nowMs));
        } catch (error) {
          // Never throw (PipelineSource contract): a schedule croner rejects is this pipeline's config problem.
          const message = `pipeline ${p.id}: ${error instanceof Error ? error.message : String(error)}`;
          readings.push({ pipelineId: p.id, ok: false, error: { sourceId: config.id, kind: "config", message }, fetchedAt });
        }
      }
      const { atRisk, late, backfilling } = plan([...sims.values()], nowMs);
      const coverage = { from: new Date(nowMs - HISTORY_MS).toISOString(), complete: true };
      for (const sim of sims.values()) {
        const role = sim === atRisk ? "at-risk" : sim === late ? "late" : sim === backfilling ? "backfilling" : undefined;
        readings.push({ pipelineId: sim.pipeline.id, ok: true, runs: history(sim, role, nowMs), fetchedAt, coverage });
      }
      return pipelines.map((p) => readings.find((r) => r.pipelineId === p.id)!);
    },
  };
}
