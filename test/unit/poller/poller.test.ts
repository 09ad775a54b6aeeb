import { afterEach, describe, expect, it } from "vitest";
import type { PipelineReading } from "../../../shared/domain/runs";
import { createPoller, REQUESTS_PER_READ, type Poller, type PollerOptions } from "../../../main/services/poller/poller";
import { createFakeClock, type FakeClock } from "../../fakes/fake-clock";
import { makePipeline } from "../../fakes/make-pipeline";
import { scriptedSource, type ScriptedSource } from "../../fakes/scripted-source";

const T0 = Date.parse("2024-06-03T12:00:00Z");
const since = (calls: number[]) => calls.map((t) => t - T0);

let poller: Poller | undefined;
afterEach(async () => {
  await poller?.stop();
  poller = undefined;
});

function setup(overrides: Partial<PollerOptions> = {}, ids: string[] = ["a", "b"]) {
  const clock: FakeClock = createFakeClock(new Date(T0));
  const sources: Record<string, ScriptedSource> = Object.fromEntries(ids.map((id) => [id, scriptedSource(id, clock)]));
  const seen: Array<{ source: string; readings: PipelineReading[] }> = [];
  const errors: unknown[] = [];
  poller = createPoller({
    sources: ids.map((id) => ({ source: sources[id]! })),
    pipelines: ids.map((id) => makePipeline(`p${id}`, { id })),
    clock,
    random: () => 0.5,
    onReading: (readings, source) => seen.push({ source: source.id, readings }),
    onError: (error) => errors.push(error),
    ...overrides,
  });
  return { clock, poller, sources, seen, errors };
}

describe("poller", () => {
  it("polls every source at start, then each on its interval (from config.poll, else 60 s)", async () => {
    const clock = createFakeClock(new Date(T0));
    const a = scriptedSource("a", clock);
    const b = scriptedSource("b", clock);
    poller = createPoller({
      sources: [{ source: a, config: { poll: "2m" } }, { source: b }],
      pipelines: [makePipeline("pa", { id: "a" }), makePipeline("pb", { id: "b" })],
      clock,
      random: () => 0.5,
    });
    poller.start();
    await clock.advance(240_000);
    expect(since(a.calls)).toEqual([0, 120_000, 240_000]);
    expect(since(b.calls)).toEqual([0, 60_000, 120_000, 180_000, 240_000]);
  });

  it("jitters the interval (random pinned low: 54 s)", async () => {
    const { clock, poller, sources } = setup({ random: () => 0 }, ["a"]);
    poller.start();
    await clock.advance(53_999);
    expect(sources.a!.calls).toHaveLength(1);
    await clock.advance(1);
    expect(since(sources.a!.calls)).toEqual([0, 54_000]);
  });

  it("backs off exponentially on failure and returns to the interval after a success", async () => {
    const { clock, poller, sources } = setup({ random: () => 1 }, ["a"]);
    const fail = { fail: { kind: "network" as const } };
    sources.a!.plan(fail, fail, fail, "ok");
    poller.start();
    await clock.advance(840_000);
    expect(poller.sourceStatus("a")).toMatchObject({ failures: 0 });
    await clock.advance(66_000);
    // Failures wait 120 s, 240 s, 480 s (ceiling interval·2ⁿ); the success after them waits 66 s (interval + jitter).
    expect(since(sources.a!.calls)).toEqual([0, 120_000, 360_000, 840_000, 906_000]);
  });

  it("counts consecutive failures and says when it will try next", async () => {
    const { clock, poller, sources } = setup({ random: () => 1 }, ["a"]);
    sources.a!.plan({ fail: { kind: "http", status: 500 } }, { fail: { kind: "http", status: 500 } });
    poller.start();
    await clock.advance(120_000);
    expect(poller.sourceStatus("a")).toMatchObject({ failures: 2, polling: false, nextPollAt: new Date(T0 + 120_000 + 240_000), lastError: { kind: "http", status: 500 } });
  });

  it("honours Retry-After: no poll, not even pollNow, before the server's time", async () => {
    const { clock, poller, sources } = setup({ random: () => 0 }, ["a"]);
    sources.a!.plan({ fail: { kind: "rate-limit", status: 429, retryAfterMs: 300_000 } });
    poller.start();
    await clock.advance(299_999);
    await poller.pollNow("a");
    expect(sources.a!.calls).toHaveLength(1);
    await clock.advance(1);
    expect(since(sources.a!.calls)).toEqual([0, 300_000]);
  });

  it("answers pollNow again at the very instant a Retry-After ends", async () => {
    // Not started: no timer polls by itself, only pollNow does.
    const { clock, poller, sources } = setup({}, ["a"]);
    sources.a!.plan({ fail: { kind: "rate-limit", status: 429, retryAfterMs: 300_000 } });
    await poller.pollNow("a");
    await clock.advance(300_000);
    await poller.pollNow("a");
    expect(since(sources.a!.calls)).toEqual([0, 300_000]);
  });

  it("never runs two polls of one source at once: pollNow joins the poll in flight", async () => {
    const { clock, poller, sources } = setup({}, ["a"]);
    let finish!: () => void;
    sources.a!.plan({ until: new Promise<void>((resolve) => (finish = resolve)) });
    poller.start();
    await clock.flush();
    const joined = [poller.pollNow("a"), poller.pollNow()];
    await clock.advance(5_000);
    void poller.pollNow("a");
    expect(poller.sourceStatus("a")?.polling).toBe(true);
    finish();
    await Promise.all(joined);
    expect(sources.a!.calls).toHaveLength(1);
    await clock.advance(60_000);
    expect(sources.a!.calls).toHaveLength(2);
    expect(sources.a!.maxActive).toBe(1);
  });

  it("does not let a hung source delay another", async () => {
    const { clock, poller, sources } = setup({ readDeadlineMs: 10_000 });
    sources.a!.plan("hang");
    poller.start();
    await clock.flush();
    expect(poller.latest("pb")?.ok).toBe(true);
    expect(poller.latest("pa")).toBeUndefined();
    await clock.advance(10_000);
    const late = poller.latest("pa");
    expect(late?.ok === false && late.error).toEqual({ sourceId: "a", kind: "timeout", message: "source a did not answer within 10s" });
    // The source is told why, so an HTTP source reports its own abort as a timeout too.
    expect(sources.a!.signals[0]?.reason).toMatchObject({ name: "TimeoutError", message: "source a did not answer within 10s" });
    await clock.advance(50_000);
    expect(since(sources.b!.calls)).toEqual([0, 60_000]);
  });

  it("gives a whole read several request timeouts before abandoning it", async () => {
    const clock: FakeClock = createFakeClock(new Date(T0));
    const slow = scriptedSource("a", clock);
    slow.plan("hang");
    poller = createPoller({ sources: [{ source: slow, config: { timeout: "2s" } }], pipelines: [makePipeline("pa", { id: "a" })], clock, random: () => 0.5 });
    poller.start();
    await clock.advance(2_000 * REQUESTS_PER_READ - 1);
    expect(poller.latest("pa")).toBeUndefined();
    await clock.advance(1);
    const reading = poller.latest("pa");
    expect(reading?.ok === false && reading.error.kind).toBe("timeout");
  });

  it("with one slot, a hung source holds it only until its read deadline", async () => {
    const { clock, poller, sources } = setup({ maxConcurrency: 1, readDeadlineMs: 3_000 });
    sources.a!.plan("hang", "hang", "hang");
    poller.start();
    await clock.advance(2_999);
    expect(sources.b!.calls).toHaveLength(0);
    await clock.advance(1);
    expect(since(sources.b!.calls)).toEqual([3_000]);
  });

  it("stop() cancels every timer, abandons reads in flight and polls no more", async () => {
    const { clock, poller, sources, seen } = setup();
    sources.a!.plan("hang");
    poller.start();
    await clock.flush();
    const before = seen.length;
    await poller.stop();
    expect(sources.a!.signals[0]?.aborted).toBe(true);
    expect(clock.pendingTimers()).toBe(0);
    await clock.advance(3_600_000);
    await poller.pollNow();
    poller.start();
    await clock.flush();
    expect(sources.a!.calls).toHaveLength(1);
    expect(sources.b!.calls).toHaveLength(1);
    expect(seen).toHaveLength(before);
  });

  it("stop() returns once the reads in flight have ended, and tells the sources it stopped them (not a timeout)", async () => {
    const { clock, poller, sources } = setup({}, ["a"]);
    sources.a!.plan("hang");
    poller.start();
    await clock.flush();
    expect(poller.sourceStatus("a")?.polling).toBe(true);
    await poller.stop();
    expect(poller.sourceStatus("a")?.polling).toBe(false);
    expect(sources.a!.signals[0]?.reason).toMatchObject({ name: "AbortError", message: "poller stopped" });
  });

  it("a poll waiting for a slot when the poller stops never reads", async () => {
    const { clock, sources } = setup({
      maxConcurrency: 1,
      // Stops at the first reading: that poll gives its slot to the waiting one just before.
      onReading: () => void poller!.stop(),
    });
    poller!.start();
    await clock.advance(60_000);
    expect(sources.a!.calls).toHaveLength(1);
    expect(sources.b!.calls).toHaveLength(0);
  });

  it("start() a second time starts nothing more", async () => {
    const { clock, poller, sources } = setup({}, ["a"]);
    poller.start();
    await clock.flush();
    poller.start();
    await clock.flush();
    expect(sources.a!.calls).toHaveLength(1);
    await clock.advance(60_000);
    expect(since(sources.a!.calls)).toEqual([0, 60_000]);
  });

  it("never reads a source no pipeline uses", async () => {
    const clock = createFakeClock(new Date(T0));
    const used = scriptedSource("a", clock);
    const unused = scriptedSource("b", clock);
    const seen: string[] = [];
    poller = createPoller({ sources: [{ source: used }, { source: unused }], pipelines: [makePipeline("pa", { id: "a" })], clock, random: () => 0.5, onReading: (_r, source) => seen.push(source.id) });
    await poller.pollNow("b");
    poller.start();
    await clock.advance(120_000);
    expect(unused.calls).toEqual([]);
    expect(seen).toEqual(["a", "a", "a"]);
  });

  it("keeps the last good reading and its time through later failures", async () => {
    const { clock, poller, sources } = setup({}, ["a"]);
    sources.a!.plan("ok", { fail: { kind: "network" } }, { fail: { kind: "network" } });
    poller.start();
    await clock.advance(60_000 + 120_000);
    expect(sources.a!.calls).toHaveLength(3);
    const good = poller.lastGood("pa");
    expect(good?.at).toEqual(new Date(T0));
    expect(good?.reading.runs[0]?.runId).toBe("a-1");
    expect(poller.latest("pa")).toMatchObject({ ok: false, error: { kind: "network" } });
  });

  it("delivers readings to subscribers until they unsubscribe; a throwing listener is reported, not fatal", async () => {
    const { clock, poller, errors } = setup({}, ["a"]);
    const got: string[] = [];
    const unsubscribe = poller.subscribe((readings) => got.push(readings[0]!.pipelineId));
    poller.subscribe(() => {
      throw new Error("listener bug");
    });
    poller.start();
    await clock.flush();
    unsubscribe();
    await clock.advance(60_000);
    expect(got).toEqual(["pa"]);
    expect(errors.map((e) => (e as Error).message)).toEqual(["listener bug", "listener bug"]);
  });

  it("turns a source that throws into error readings and reports the bug", async () => {
    const { clock, poller, sources, errors } = setup({}, ["a"]);
    sources.a!.plan("throw");
    poller.start();
    await clock.flush();
    expect(poller.latest("pa")).toMatchObject({ ok: false, error: { sourceId: "a", kind: "parse", message: "source a could not be read: bug in source" } });
    expect(errors).toHaveLength(1);
  });

  it("pollNow before start reads once and schedules nothing; an unknown source is refused", async () => {
    const { clock, poller, sources } = setup();
    await poller.pollNow("a");
    expect(poller.latest("pa")?.ok).toBe(true);
    expect(sources.b!.calls).toHaveLength(0);
    expect(clock.pendingTimers()).toBe(0);
    await expect(poller.pollNow("nope")).rejects.toThrow("unknown source nope");
  });
});

/** One source "a" with three pipelines, so a poll can have some pipelines fail and others read. */
function severalPipelines(random: () => number) {
  const clock: FakeClock = createFakeClock(new Date(T0));
  const a = scriptedSource("a", clock);
  poller = createPoller({ sources: [{ source: a }], pipelines: ["p1", "p2", "p3"].map((id) => makePipeline(id, { id: "a" })), clock, random });
  return { clock, poller, a };
}

describe("poller with sources of several pipelines", () => {
  it("does not count a poll where only some pipelines failed as a failed poll: no backoff", async () => {
    // random 0.5: the jitter is zero, so a normal wait is exactly the 60 s interval.
    const { clock, poller, a } = severalPipelines(() => 0.5);
    const p2Down = { each: { p2: { fail: { kind: "http" as const, status: 500 } } } };
    a.plan(p2Down, p2Down, p2Down, p2Down);
    poller.start();
    await clock.advance(180_000);
    expect(since(a.calls)).toEqual([0, 60_000, 120_000, 180_000]);
    expect(poller.sourceStatus("a")).toMatchObject({ failures: 0, lastError: { kind: "http", status: 500 } });
    expect(poller.latest("p1")?.ok).toBe(true);
    expect(poller.latest("p2")?.ok).toBe(false);
  });

  it("counts a poll as failed only when every pipeline failed, and backs off then", async () => {
    const { clock, poller, a } = severalPipelines(() => 1);
    const allDown = { each: { p1: { fail: { kind: "network" as const } }, p2: { fail: { kind: "network" as const } }, p3: { fail: { kind: "network" as const } } } };
    a.plan(allDown);
    poller.start();
    await clock.flush();
    // 60 s × 2¹, drawn at the top of [ceiling/2, ceiling] by random 1.
    expect(poller.sourceStatus("a")).toMatchObject({ failures: 1, nextPollAt: new Date(T0 + 120_000) });
  });

  it("obeys a Retry-After even when the other pipelines of the poll were read", async () => {
    const { clock, poller, a } = severalPipelines(() => 0);
    a.plan({ each: { p3: { fail: { kind: "rate-limit", status: 429, retryAfterMs: 300_000 } } } });
    poller.start();
    await clock.advance(299_999);
    await poller.pollNow("a");
    expect(since(a.calls)).toEqual([0]);
    expect(poller.sourceStatus("a")).toMatchObject({ failures: 0, nextPollAt: new Date(T0 + 300_000) });
    await clock.advance(1);
    expect(since(a.calls)).toEqual([0, 300_000]);
  });

  it("waits for the longest Retry-After of the poll, whichever pipeline asked for it", async () => {
    const { clock, poller, a } = severalPipelines(() => 0);
    // The longest wait is neither the first nor the last pipeline's.
    a.plan({
      each: {
        p1: { fail: { kind: "rate-limit", status: 429, retryAfterMs: 120_000 } },
        p2: { fail: { kind: "http", status: 503, retryAfterMs: 420_000 } },
        p3: { fail: { kind: "rate-limit", status: 429, retryAfterMs: 60_000 } },
      },
    });
    poller.start();
    await clock.advance(419_999);
    expect(since(a.calls)).toEqual([0]);
    await clock.advance(1);
    expect(since(a.calls)).toEqual([0, 420_000]);
  });

  it("forgets a Retry-After once a later poll did not ask for one", async () => {
    const { clock, poller, a } = severalPipelines(() => 0);
    a.plan({ each: { p1: { fail: { kind: "rate-limit", status: 429, retryAfterMs: 120_000 } } } }, "ok");
    poller.start();
    await clock.advance(120_000);
    expect(since(a.calls)).toEqual([0, 120_000]);
    // Not rate limited any more: pollNow is answered at once, and the loop is back on its interval (54 s, random 0).
    await poller.pollNow("a");
    expect(since(a.calls)).toEqual([0, 120_000, 120_000]);
    expect(poller.sourceStatus("a")?.nextPollAt).toEqual(new Date(T0 + 120_000 + 54_000));
  });
});
