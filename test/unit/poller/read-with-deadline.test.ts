import { getEventListeners } from "node:events";
import { describe, expect, it } from "vitest";
import { readWithDeadline } from "../../../main/services/poller/read-with-deadline";
import { createFakeClock } from "../../fakes/fake-clock";
import { makePipeline } from "../../fakes/make-pipeline";
import { scriptedSource } from "../../fakes/scripted-source";

describe("read with deadline", () => {
  // The poller's stop signal lives as long as the app: a listener left behind by every poll would pile up.
  it("leaves no listener on the stop signal, whether the read answered or timed out", async () => {
    const clock = createFakeClock(new Date("2026-03-10T08:00:00Z"));
    const source = scriptedSource("a", clock);
    const stop = new AbortController();
    const options = { clock, timeoutMs: 1_000, stopSignal: stop.signal };
    source.plan("ok", "hang");
    expect((await readWithDeadline(source, [makePipeline("pa", { id: "a" })], options))[0]?.ok).toBe(true);
    expect(getEventListeners(stop.signal, "abort")).toHaveLength(0);
    const hung = readWithDeadline(source, [makePipeline("pa", { id: "a" })], options);
    await clock.advance(1_000);
    expect((await hung)[0]).toMatchObject({ ok: false, error: { kind: "timeout" } });
    expect(getEventListeners(stop.signal, "abort")).toHaveLength(0);
  });
});
