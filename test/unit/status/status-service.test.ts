import { describe, expect, it } from "vitest";
import { createAlertBook } from "../../../main/services/alerts/alert-book";
import { createDeadlineTimer } from "../../../main/services/alerts/deadline-timer";
import { memoryStore } from "../../../main/services/alerts/key-value-store";
import { createStatusService, type StatusSnapshot } from "../../../main/services/status/status-service";
import { instantMs } from "../../../shared/domain/sla/instant";
import { createRunIndex } from "../../../shared/domain/sla/run-index";
import type { SourceConfig } from "../../../shared/domain/workspace-schema";
import { createFakeClock } from "../../fakes/fake-clock";
import { dailySuccesses, ok, pipeline, run } from "../sla/fixtures";

const p = pipeline("agg", "0 6 * * *", "2h", "af");
const sources: SourceConfig[] = [{ id: "af", kind: "airflow", url: "http://127.0.0.1:1", api: "v1", poll: "1h" }];
// Usually an hour: a run since 06:05 is not stuck (over twice that) before its 08:00 deadline.
const runs = [...dailySuccesses("agg", 6, "2026-03-10", 10, 60), run("agg", "2026-03-10T06:00:00Z", "running", "2026-03-10T06:05:00Z", null)];

function setup() {
  const clock = createFakeClock(new Date("2026-03-10T06:30:00Z"));
  const book = createAlertBook({ store: memoryStore(), clock });
  const service = createStatusService({ pipelines: [p], sources, book, clock });
  return { clock, book, service };
}

describe("status service", () => {
  it("raises the late alert by its own timer at the deadline, with no poll in between", async () => {
    const { clock, book, service } = setup();
    service.accept([ok("agg", runs, "2026-03-10T06:30:00Z")]);
    expect(service.snapshot().pipelines[0]).toMatchObject({ id: "agg", state: "running", deadline: "2026-03-10T08:00:00.000Z", source: "af", demo: false, age: 0 });
    await clock.advance(89 * 60_000 + 59_000); // 07:59:59
    expect(book.active()).toEqual([]);
    await clock.advance(1_000); // 08:00:00, the deadline: within 1 s after it
    expect(book.active().map((a) => [a.kind, a.intervalEnd, a.openedAt])).toEqual([["late", "2026-03-10T06:00:00.000Z", "2026-03-10T08:00:00.000Z"]]);
    expect(service.snapshot()).toMatchObject({ at: "2026-03-10T08:00:00.000Z", pipelines: [{ state: "late" }] });
    service.stop();
  });

  it("raises the at-risk alert by its own timer the moment a run turns stuck (over twice its usual duration)", async () => {
    const { clock, book, service } = setup();
    // Usually 20m: a run since 06:05 is stuck from just after 06:45, with its 08:00 deadline still ahead.
    service.accept([ok("agg", [...dailySuccesses("agg", 6, "2026-03-10", 10, 20), runs.at(-1)!], "2026-03-10T06:30:00Z")]);
    expect(service.snapshot().pipelines[0]!.state).toBe("running");
    await clock.advance(15 * 60_000); // 06:45:00
    expect(book.active()).toEqual([]);
    await clock.advance(1);
    expect(book.active().map((a) => [a.kind, a.openedAt])).toEqual([["at-risk", "2026-03-10T06:45:00.001Z"]]);
    expect(service.snapshot().pipelines[0]!.reason).toBe("06:00 UTC interval running 40m, usually 20m: its end cannot be predicted; deadline 08:00 UTC");
    service.stop();
  });

  it("turns unknown when the data goes stale without a poll (two poll intervals)", async () => {
    const { clock, service } = setup();
    service.accept([ok("agg", [...runs.slice(0, -1), run("agg", "2026-03-10T06:00:00Z", "success", "2026-03-10T06:05:00Z", "2026-03-10T06:25:00Z")], "2026-03-10T06:30:00Z")]);
    expect(service.snapshot().pipelines[0]!.state).toBe("healthy");
    await clock.advance(2 * 3_600_000);
    expect(service.snapshot().pipelines[0]).toMatchObject({ state: "unknown", age: 2 * 3_600_000 });
    service.stop();
  });

  it("emits a snapshot on change only, and after an acknowledgement; unsubscribe stops it", async () => {
    const { clock, book, service } = setup();
    const seen: StatusSnapshot[] = [];
    const unsubscribe = service.subscribe((s) => seen.push(s));
    service.accept([ok("agg", runs, "2026-03-10T06:30:00Z")]);
    service.accept([ok("agg", runs, "2026-03-10T06:30:00Z")]);
    expect(seen).toHaveLength(1);
    await clock.advance(90 * 60_000);
    expect(seen.at(-1)!.alerts).toHaveLength(1);
    book.acknowledge(seen.at(-1)!.alerts[0]!.id);
    expect(seen.at(-1)!.alerts[0]!.state).toBe("acknowledged");
    const count = seen.length;
    unsubscribe();
    service.refresh(new Date("2026-03-10T09:00:00Z"));
    expect(seen).toHaveLength(count);
    service.stop();
    expect(clock.pendingTimers()).toBe(0);
  });

  it("shows the last good run and its age while the source cannot be read", () => {
    const { clock, service } = setup();
    service.accept([ok("agg", runs, "2026-03-10T06:20:00Z")]);
    service.accept([{ pipelineId: "agg", ok: false, error: { sourceId: "af", kind: "network", message: "connection reset" }, fetchedAt: clock.now().toISOString() }]);
    expect(service.snapshot().pipelines[0]).toMatchObject({ state: "unknown", age: 10 * 60_000, lastRun: { state: "running" } });
    expect(service.snapshot().pipelines[0]!.reason).toContain("connection reset");
    service.stop();
  });

  it("feeds polls through its run index: the next poll reads only the run it added", () => {
    const read: string[] = [];
    const runIndex = createRunIndex((text) => (read.push(text), instantMs(text)));
    const clock = createFakeClock(new Date("2026-03-10T06:30:00Z"));
    const service = createStatusService({ pipelines: [p], sources, book: createAlertBook({ store: memoryStore(), clock }), clock, runIndex });
    const earlier = runs.slice(0, -1);
    service.accept([ok("agg", earlier, "2026-03-10T06:00:00Z")]);
    read.length = 0;
    // The next poll: every run again as new objects, one more of them.
    service.accept([ok("agg", JSON.parse(JSON.stringify(runs)), "2026-03-10T06:30:00Z")]);
    expect(read).toEqual(["2026-03-10T06:00:00Z", "2026-03-10T06:05:00Z"]);
    expect(service.snapshot().pipelines[0]).toMatchObject({ state: "running", lastRun: { state: "running", intervalEnd: "2026-03-10T06:00:00Z" } });
    service.stop();
  });
});

describe("deadline timer", () => {
  it("fires at the instant armed, in hops for long waits, and re-arming replaces", async () => {
    const clock = createFakeClock(new Date("2026-03-10T00:00:00Z"));
    const fired: string[] = [];
    const timer = createDeadlineTimer(clock, () => fired.push(clock.now().toISOString()));
    timer.arm(new Date("2026-03-20T00:00:00Z"));
    timer.arm(new Date("2026-03-12T12:00:00Z"));
    await clock.advance(20 * 86_400_000);
    expect(fired).toEqual(["2026-03-12T12:00:00.000Z"]);
    timer.arm(new Date("2026-04-01T00:00:00Z"));
    timer.stop();
    expect(clock.pendingTimers()).toBe(0);
  });
});
