import { describe, expect, it } from "vitest";
import { createDemoSource } from "../../../main/services/sources/demo-source";
import { loadWorkspace } from "../../../main/services/workspace/load-workspace";
import { evaluatePipelines } from "../../../shared/domain/sla/evaluate-workspace";
import { evaluateIntervals } from "../../../shared/domain/sla/intervals";
import type { PipelineReading } from "../../../shared/domain/runs";
import type { Workspace } from "../../../shared/domain/workspace";
import { pipeline } from "../sla/fixtures";

async function defaultWorkspace(): Promise<Workspace> {
  const result = await loadWorkspace();
  if (!result.ok) throw new Error("the embedded workspace does not load");
  return result.workspace;
}

const demo = createDemoSource({ id: "demo" });
const read = (ws: Workspace, now: Date) => demo.read(ws.pipelines, { now, signal: new AbortController().signal });

// Every hour (at :00 and at odd minutes) across the week of the US DST change, and the EU one.
// Mutation testing runs this once per mutant it covers, so it checks every Nth instant there.
const STRIDE = Number(process.env.ONCALL_DEMO_STRIDE ?? 1);
const instants: Date[] = [];
for (const start of [Date.UTC(2026, 2, 5), Date.UTC(2026, 2, 26)]) {
  for (let h = 0; h < 7 * 24; h++) for (const m of [0, 7, 14, 59]) instants.push(new Date(start + h * 3_600_000 + m * 60_000));
}
const sampled = instants.filter((_, i) => i % STRIDE === 0);

describe("demo source", () => {
  it("has at least one pipeline late and one at risk at every instant, and nothing unknown", async () => {
    const ws = await defaultWorkspace();
    for (const now of sampled) {
      const readings = await read(ws, now);
      const states = evaluatePipelines({ pipelines: ws.pipelines, sources: ws.sources, readings: new Map(readings.map((r) => [r.pipelineId, r])) }, now).map((s) => s.state);
      expect(states, now.toISOString()).toContain("late");
      expect(states, now.toISOString()).toContain("at-risk");
      expect(states, now.toISOString()).not.toContain("unknown");
    }
  }, 120_000); // 1,344 instants × 5 pipelines × 30 days of runs: seconds of work, more on a busy machine

  it("gives the same history for the same instant", async () => {
    const ws = await defaultWorkspace();
    const now = new Date("2026-03-08T07:30:00Z");
    expect(await read(ws, now)).toEqual(await read(ws, new Date(now)));
  });

  it("reports 30 days of plausible runs: nothing after now, a few failures and late runs", async () => {
    const ws = await defaultWorkspace();
    const now = new Date("2026-03-10T12:34:00Z");
    const readings = (await read(ws, now)) as Extract<PipelineReading, { ok: true }>[];
    const nowIso = now.toISOString();
    let failures = 0;
    let lateIntervals = 0;
    for (const [i, r] of readings.entries()) {
      expect(r.ok).toBe(true);
      expect(r.fetchedAt).toBe(nowIso);
      const oldest = r.runs.map((x) => x.intervalEnd).sort()[0]!;
      expect(Date.parse(oldest)).toBeLessThan(now.getTime() - 29 * 86_400_000);
      for (const run of r.runs) {
        expect(run.start! <= nowIso && run.intervalEnd <= nowIso && (run.end === null || (run.end <= nowIso && run.end >= run.start!))).toBe(true);
        expect(run.state === "running").toBe(run.end === null);
      }
      failures += r.runs.filter((x) => x.state === "failed").length;
      const p = ws.pipelines[i]!;
      lateIntervals += evaluateIntervals(p, r.runs, { fromMs: now.getTime() - 30 * 86_400_000, toMs: now.getTime(), nowMs: now.getTime() }).filter((o) => o.outcome === "met-late").length;
    }
    expect(failures).toBeGreaterThan(0);
    expect(lateIntervals).toBeGreaterThan(0);
    // Every run type shows: scheduled runs, failures retried by hand, a backfill of an old interval.
    const runs = readings.flatMap((r) => r.runs);
    expect(new Set(runs.map((r) => r.runType))).toEqual(new Set(["scheduled", "manual", "backfill"]));
    for (const retry of runs.filter((r) => r.runType === "manual")) {
      expect(runs.some((r) => r.runType === "scheduled" && r.state === "failed" && r.intervalEnd === retry.intervalEnd && r.end! <= retry.start!)).toBe(true);
    }
    const backfill = runs.find((r) => r.runType === "backfill")!;
    expect(Date.parse(backfill.intervalEnd)).toBeLessThan(now.getTime() - 86_400_000);
    expect(readings.every((r) => r.coverage?.complete === true)).toBe(true);
  });

  it("reports a pipeline with a schedule croner rejects as a config error instead of throwing", async () => {
    const [reading] = await demo.read([pipeline("bad", "every tuesday", "1h", "demo")], { now: new Date(), signal: new AbortController().signal });
    expect(reading).toMatchObject({ pipelineId: "bad", ok: false, error: { sourceId: "demo", kind: "config" } });
  });
});
