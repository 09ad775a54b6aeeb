import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createAlertBook, type AlertBookEvent } from "../../../main/services/alerts/alert-book";
import { confStore } from "../../../main/services/alerts/conf-store";
import { memoryStore } from "../../../main/services/alerts/key-value-store";
import type { AlertCondition, PipelineStatus } from "../../../shared/domain/sla/types";
import { createFakeClock } from "../../fakes/fake-clock";

const START = new Date("2026-03-10T08:00:00Z");
const I6 = "2026-03-10T06:00:00.000Z";
const I7 = "2026-03-11T06:00:00.000Z";

/** A status with the given conditions; verified unless it carries `unknown`. */
function status(conditions: AlertCondition[], newestSuccess: string | null = null, pipelineId = "agg"): PipelineStatus {
  return {
    pipelineId,
    state: conditions[0]?.kind ?? "healthy",
    reason: conditions[0]?.reason ?? "fine",
    deadline: null,
    lastRun: null,
    verified: !conditions.some((c) => c.kind === "unknown"),
    newestSuccess,
    warnings: [],
    conditions,
    changesAt: null,
  };
}
const late = (intervalEnd = I6, reason = "missed"): AlertCondition => ({ kind: "late", intervalEnd, reason });

describe("alert book", () => {
  it("raises one alert per pipeline + interval + kind, however often the condition is seen", () => {
    const book = createAlertBook({ store: memoryStore(), clock: createFakeClock(START) });
    expect(book.sync([status([late()])])).toHaveLength(1);
    expect(book.sync([status([late()])])).toHaveLength(0);
    expect(book.sync([status([late(I6, "missed by 5m"), { kind: "failed", intervalEnd: I6, reason: "failed" }])])).toHaveLength(1);
    expect(book.sync([status([late(I7)])])).toHaveLength(1);
    const ids = book.list().map((a) => a.id).sort();
    expect(ids).toEqual([`agg/failed/${I6}`, `agg/late/${I6}`, `agg/late/${I7}`]);
    expect(book.list().find((a) => a.id === `agg/late/${I6}`)?.reason).toBe("missed by 5m");
  });

  it("goes open → acknowledged → resolved by itself when the interval succeeds", async () => {
    const clock = createFakeClock(START);
    const book = createAlertBook({ store: memoryStore(), clock });
    const [alert] = book.sync([status([late()])]);
    await clock.advance(10 * 60_000);
    expect(book.acknowledge(alert!.id, "alex")).toMatchObject({ state: "acknowledged", acknowledgedBy: "alex", acknowledgedAt: "2026-03-10T08:10:00.000Z" });
    expect(book.acknowledge(alert!.id)).toBeUndefined(); // already acknowledged
    // Still late, no success: stays acknowledged.
    book.sync([status([late()])]);
    expect(book.active()).toHaveLength(1);
    // Unverified readings never resolve anything.
    book.sync([status([{ kind: "unknown", intervalEnd: null, reason: "down" }], I6)]);
    expect(book.list().find((a) => a.id === alert!.id)?.state).toBe("acknowledged");
    // A verified reading with a success of that interval resolves it (and the unknown one).
    book.sync([status([], I6)]);
    expect(book.list().map((a) => [a.kind, a.state])).toEqual([
      ["unknown", "resolved"],
      ["late", "resolved"],
    ]);
    expect(book.acknowledgements()).toEqual([{ pipelineId: "agg", openedAt: "2026-03-10T08:00:00.000Z", acknowledgedAt: "2026-03-10T08:10:00.000Z" }]);
  });

  it("does not resolve a late alert when only an older interval succeeded", () => {
    const book = createAlertBook({ store: memoryStore(), clock: createFakeClock(START) });
    book.sync([status([late(I7)])]);
    book.sync([status([], I6)]);
    expect(book.active()).toHaveLength(1);
  });

  it("keeps one unknown alert per outage and opens a new one for the next outage", async () => {
    const clock = createFakeClock(START);
    const book = createAlertBook({ store: memoryStore(), clock });
    const down = status([{ kind: "unknown", intervalEnd: null, reason: "timeout" }]);
    expect(book.sync([down])).toHaveLength(1);
    await clock.advance(60_000);
    expect(book.sync([down])).toHaveLength(0);
    book.sync([status([])]);
    await clock.advance(60_000);
    expect(book.sync([down])).toHaveLength(1);
    expect(book.list().map((a) => a.state)).toEqual(["open", "resolved"]);
  });

  it("snoozes an open alert until an instant, then shows it open again", async () => {
    const clock = createFakeClock(START);
    const book = createAlertBook({ store: memoryStore(), clock });
    const [alert] = book.sync([status([late()])]);
    expect(book.snooze(alert!.id, new Date("2026-03-10T09:00:00Z"))?.state).toBe("snoozed");
    expect(book.nextWake()?.toISOString()).toBe("2026-03-10T09:00:00.000Z");
    await clock.advance(59 * 60_000);
    expect(book.list()[0]?.state).toBe("snoozed");
    await clock.advance(60_000);
    expect(book.list()[0]?.state).toBe("open");
    expect(book.nextWake()).toBeNull();
  });

  it("tells subscribers about changes, with the alerts raised, until they unsubscribe", () => {
    const book = createAlertBook({ store: memoryStore(), clock: createFakeClock(START) });
    const events: AlertBookEvent[] = [];
    const unsubscribe = book.subscribe((e) => events.push(e));
    book.sync([status([late()])]);
    book.sync([status([late()])]); // nothing new: no event
    unsubscribe();
    book.sync([status([late(I7)])]);
    expect(events).toHaveLength(1);
    expect(events[0]!.raised.map((a) => a.kind)).toEqual(["late"]);
  });

  it("keeps a resolved alert 35 days, for the 30-day KPIs, and drops it after", async () => {
    const clock = createFakeClock(START);
    const store = memoryStore();
    const book = createAlertBook({ store, clock });
    const [alert] = book.sync([status([late()])]);
    book.acknowledge(alert!.id);
    book.sync([status([], I6)]); // resolved at 2026-03-10T08:00Z
    // 35 days later to the millisecond (2026-04-14T08:00Z, no DST in UTC): still there, acknowledgement and all.
    await clock.advance(35 * 24 * 3_600_000);
    book.sync([]);
    expect(book.list().map((a) => [a.id, a.state, a.resolvedAt])).toEqual([[`agg/late/${I6}`, "resolved", "2026-03-10T08:00:00.000Z"]]);
    expect(book.acknowledgements()).toHaveLength(1);
    await clock.advance(1);
    book.sync([]);
    expect(book.list()).toEqual([]);
    expect(store.get("alerts")).toEqual([]);
  });

  it("keeps unresolved alerts however old they are", async () => {
    const clock = createFakeClock(START);
    const book = createAlertBook({ store: memoryStore(), clock });
    book.sync([status([late()])]);
    await clock.advance(400 * 24 * 3_600_000);
    book.sync([]);
    expect(book.active().map((a) => a.id)).toEqual([`agg/late/${I6}`]);
  });

  it("says how each alert was resolved, and reopens a resolved one as new: no acknowledgement carried over", async () => {
    const clock = createFakeClock(START);
    const book = createAlertBook({ store: memoryStore(), clock });
    const [atRisk] = book.sync([status([{ kind: "at-risk", intervalEnd: I6, reason: "not started" }])]);
    book.acknowledge(atRisk!.id, "alex");
    book.sync([status([{ kind: "unknown", intervalEnd: null, reason: "down" }])]);
    await clock.advance(60_000);
    book.sync([status([], null)]);
    expect(book.list().map((a) => [a.kind, a.state, a.resolution, a.resolvedAt])).toEqual([
      ["at-risk", "resolved", "recovered", "2026-03-10T08:01:00.000Z"],
      ["unknown", "resolved", "source readable again", "2026-03-10T08:01:00.000Z"],
    ]);
    await clock.advance(60_000);
    const [reopened] = book.sync([status([{ kind: "at-risk", intervalEnd: I6, reason: "slipped again" }])]);
    expect(reopened).toEqual({ id: `agg/at-risk/${I6}`, pipelineId: "agg", kind: "at-risk", intervalEnd: I6, state: "open", reason: "slipped again", openedAt: "2026-03-10T08:02:00.000Z" });
  });

  it("stores and announces a changed reason, without raising the alert again", () => {
    const store = memoryStore();
    const book = createAlertBook({ store, clock: createFakeClock(START) });
    const events: AlertBookEvent[] = [];
    book.subscribe((e) => events.push(e));
    book.sync([status([late(I6, "missed by 1m")])]);
    book.sync([status([late(I6, "missed by 5m")])]);
    expect(events.map((e) => [e.raised.length, e.alerts[0]!.reason])).toEqual([
      [1, "missed by 1m"],
      [0, "missed by 5m"],
    ]);
    expect((store.get("alerts") as { reason: string }[])[0]!.reason).toBe("missed by 5m");
  });

  it("lists newest first, alerts opened together by id", async () => {
    const clock = createFakeClock(START);
    const book = createAlertBook({ store: memoryStore(), clock });
    book.sync([status([late(I6), { kind: "failed", intervalEnd: I6, reason: "failed" }])]);
    await clock.advance(60_000);
    book.sync([status([late(I7)])]);
    expect(book.list().map((a) => a.id)).toEqual([`agg/late/${I7}`, `agg/failed/${I6}`, `agg/late/${I6}`]);
  });

  it("lists a reopened alert by when it reopened, before an older one whose id sorts first", async () => {
    const clock = createFakeClock(START);
    const book = createAlertBook({ store: memoryStore(), clock });
    const risk: AlertCondition = { kind: "at-risk", intervalEnd: I6, reason: "not started" };
    book.sync([status([risk], null, "b")]); // 08:00
    book.sync([status([], null, "b")]); // resolved
    await clock.advance(60_000);
    book.sync([status([late()], null, "a")]); // 08:01
    await clock.advance(60_000);
    book.sync([status([risk], null, "b")]); // reopened 08:02
    expect(book.list().map((a) => [a.pipelineId, a.openedAt])).toEqual([
      ["b", "2026-03-10T08:02:00.000Z"],
      ["a", "2026-03-10T08:01:00.000Z"],
    ]);
  });

  it("acknowledging a snoozed alert ends the snooze; a resolved alert can be neither acknowledged nor snoozed", async () => {
    const clock = createFakeClock(START);
    const book = createAlertBook({ store: memoryStore(), clock });
    const [first, second] = book.sync([status([late(I6), late(I7)])]);
    book.snooze(first!.id, new Date("2026-03-10T10:00:00Z"));
    book.snooze(second!.id, new Date("2026-03-10T09:00:00Z"));
    expect(book.nextWake()?.toISOString()).toBe("2026-03-10T09:00:00.000Z"); // the earlier of the two
    expect(book.acknowledge(second!.id)).toMatchObject({ state: "acknowledged" });
    expect(book.list().find((a) => a.id === second!.id)?.snoozedUntil).toBeUndefined();
    expect(book.nextWake()?.toISOString()).toBe("2026-03-10T10:00:00.000Z");
    book.sync([status([], I7)]);
    expect(book.snooze(first!.id, new Date("2026-03-10T11:00:00Z"))).toBeUndefined();
    expect(book.acknowledge(first!.id)).toBeUndefined();
    expect(book.snooze("nope", new Date("2026-03-10T11:00:00Z"))).toBeUndefined();
  });

  it("persists through a conf file and reads it back", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ocd-alerts-"));
    const clock = createFakeClock(START);
    const first = createAlertBook({ store: confStore({ cwd: dir }), clock });
    const [alert] = first.sync([status([late()])]);
    first.acknowledge(alert!.id);
    const again = createAlertBook({ store: confStore({ cwd: dir }), clock });
    expect(again.list()).toEqual(first.list());
    expect(again.sync([status([late()])])).toHaveLength(0);
  });

  it("never loses alerts to a corrupt file: keeps it aside, says so, starts fresh", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ocd-alerts-"));
    writeFileSync(path.join(dir, "alerts.json"), '{"alerts": [ {"id": ');
    const problems: string[] = [];
    const book = createAlertBook({ store: confStore({ cwd: dir, onProblem: (m) => problems.push(m) }), clock: createFakeClock(START) });
    expect(book.list()).toEqual([]);
    expect(problems[0]).toMatch(/was not valid JSON.*kept it as .*alerts\.corrupt-\d+\.json/);
    const aside = readdirSync(dir).find((f) => f.startsWith("alerts.corrupt-"))!;
    expect(readFileSync(path.join(dir, aside), "utf8")).toBe('{"alerts": [ {"id": ');
    book.sync([status([late()])]);
    expect(JSON.parse(readFileSync(path.join(dir, "alerts.json"), "utf8")).alerts).toHaveLength(1);
  });

  it("keeps well-formed JSON of the wrong shape aside in the store and starts fresh", () => {
    const store = memoryStore({ alerts: [{ id: 1 }] });
    const problems: string[] = [];
    const book = createAlertBook({ store, clock: createFakeClock(START), onProblem: (m) => problems.push(m) });
    expect(book.list()).toEqual([]);
    expect(problems).toEqual([`stored alerts were unreadable (Invalid input: expected string, received number); kept them as "alerts-unreadable-${START.getTime()}" and started fresh`]);
    expect(store.get(`alerts-unreadable-${START.getTime()}`)).toEqual([{ id: 1 }]);
  });
});

describe("alert book: several pipelines, persistence, edges", () => {
  const failed = (intervalEnd = I6): AlertCondition => ({ kind: "failed", intervalEnd, reason: "run failed" });
  const atRisk = (intervalEnd = I6): AlertCondition => ({ kind: "at-risk", intervalEnd, reason: "not started" });
  const down: AlertCondition = { kind: "unknown", intervalEnd: null, reason: "timeout" };

  it("keeps each pipeline's alerts apart: an outage per pipeline, and one pipeline's recovery resolves only its own", () => {
    const book = createAlertBook({ store: memoryStore(), clock: createFakeClock(START) });
    expect(book.sync([status([down], null, "agg"), status([down], null, "ingest")]).map((a) => a.pipelineId)).toEqual(["agg", "ingest"]);
    book.sync([status([late()], null, "agg"), status([down, late()], null, "ingest")]);
    book.sync([status([], I6, "agg")]);
    expect(book.active().map((a) => a.id)).toEqual([`ingest/late/${I6}`, `ingest/unknown/2026-03-10T08:00:00.000Z`]);
  });

  it("does not resolve a failed alert when only an older interval succeeded, and does when its own did", () => {
    const book = createAlertBook({ store: memoryStore(), clock: createFakeClock(START) });
    book.sync([status([failed(I7)])]);
    book.sync([status([], I6)]);
    expect(book.active().map((a) => a.id)).toEqual([`agg/failed/${I7}`]);
    book.sync([status([], I7)]);
    expect(book.active()).toEqual([]);
    expect(book.list().map((a) => [a.id, a.state, a.resolution])).toEqual([[`agg/failed/${I7}`, "resolved", "recovered"]]);
  });

  it("keeps an at-risk alert open, or acknowledged, while a verified reading still carries its condition", () => {
    const book = createAlertBook({ store: memoryStore(), clock: createFakeClock(START) });
    const [first, second] = book.sync([status([atRisk(I6), atRisk(I7)])]);
    book.acknowledge(second!.id);
    book.sync([status([atRisk(I6), atRisk(I7)])]);
    book.sync([status([atRisk(I6), atRisk(I7)])]);
    expect(book.list().map((a) => [a.id, a.state])).toEqual([
      [first!.id, "open"],
      [second!.id, "acknowledged"],
    ]);
  });

  it("lists only unresolved alerts as active", () => {
    const book = createAlertBook({ store: memoryStore(), clock: createFakeClock(START) });
    book.sync([status([late(I6), late(I7)])]);
    book.sync([status([late(I7)], I6)]);
    expect(book.active().map((a) => a.id)).toEqual([`agg/late/${I7}`]);
    expect(book.list()).toHaveLength(2);
  });

  it("keeps when and how an alert was resolved through later readings", async () => {
    const clock = createFakeClock(START);
    const book = createAlertBook({ store: memoryStore(), clock });
    book.sync([status([down])]);
    book.sync([status([])]);
    await clock.advance(60_000);
    book.sync([status([], I6)]);
    expect(book.list().map((a) => [a.state, a.resolvedAt, a.resolution])).toEqual([["resolved", "2026-03-10T08:00:00.000Z", "source readable again"]]);
  });

  it("shows a snoozed alert that resolves as resolved, with nothing left to wake for", () => {
    const book = createAlertBook({ store: memoryStore(), clock: createFakeClock(START) });
    const [alert] = book.sync([status([late()])]);
    book.snooze(alert!.id, new Date("2026-03-10T09:00:00Z"));
    book.sync([status([], I6)]);
    expect(book.list().map((a) => a.state)).toEqual(["resolved"]);
    expect(book.nextWake()).toBeNull();
  });

  it("stores and announces every change: raising, snoozing, acknowledging, resolving; a new book reads each back", () => {
    const store = memoryStore();
    const clock = createFakeClock(START);
    const book = createAlertBook({ store, clock });
    const events: string[][] = [];
    book.subscribe((e) => events.push(e.alerts.map((a) => `${a.kind}:${a.state}`)));
    const reread = () => createAlertBook({ store, clock }).list().map((a) => `${a.kind}:${a.state}`);

    // All open at the same instant, so listed by id: agg/at-risk, agg/failed, agg/late, ingest/unknown.
    const [, failedAlert, lateAlert] = book.sync([status([late(I6), failed(I6), atRisk(I7)])]).sort((a, b) => a.id.localeCompare(b.id));
    book.sync([status([down], null, "ingest")]);
    expect(reread()).toEqual(["at-risk:open", "failed:open", "late:open", "unknown:open"]);
    book.snooze(lateAlert!.id, new Date("2026-03-10T09:00:00Z"));
    expect(reread()).toEqual(["at-risk:open", "failed:open", "late:snoozed", "unknown:open"]);
    book.acknowledge(failedAlert!.id);
    expect(reread()).toEqual(["at-risk:open", "failed:acknowledged", "late:snoozed", "unknown:open"]);
    book.sync([status([], I7), status([], null, "ingest")]);
    const resolved = ["at-risk:resolved", "failed:resolved", "late:resolved", "unknown:resolved"];
    expect(reread()).toEqual(resolved);
    expect(events).toEqual([
      ["at-risk:open", "failed:open", "late:open"],
      ["at-risk:open", "failed:open", "late:open", "unknown:open"],
      ["at-risk:open", "failed:open", "late:snoozed", "unknown:open"],
      ["at-risk:open", "failed:acknowledged", "late:snoozed", "unknown:open"],
      resolved,
    ]);
  });

  it("reads an empty store without a problem and sets nothing aside", () => {
    const store = memoryStore();
    const problems: string[] = [];
    const book = createAlertBook({ store, clock: createFakeClock(START), onProblem: (m) => problems.push(m) });
    expect(book.list()).toEqual([]);
    expect(problems).toEqual([]);
    expect(store.get(`alerts-unreadable-${START.getTime()}`)).toBeUndefined();
  });

  it("records who acknowledged only when told: no empty acknowledgedBy", () => {
    const book = createAlertBook({ store: memoryStore(), clock: createFakeClock(START) });
    const [alert] = book.sync([status([late()])]);
    expect(Object.keys(book.acknowledge(alert!.id)!).sort()).toEqual(["acknowledgedAt", "id", "intervalEnd", "kind", "openedAt", "pipelineId", "reason", "state"]);
  });
});

describe("conf store", () => {
  it("keeps keys with dots as they are, not as nested paths", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ocd-alerts-"));
    const store = confStore({ cwd: dir });
    store.set("agg.v2", 1);
    expect(store.get("agg.v2")).toBe(1);
    expect(JSON.parse(readFileSync(path.join(dir, "alerts.json"), "utf8"))).toEqual({ "agg.v2": 1 });
  });

  it("rewrites a corrupt file as an empty store at once and quotes the parser's reason", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ocd.json-"));
    const text = '{"alerts": [';
    writeFileSync(path.join(dir, "alerts.json"), text);
    const problems: string[] = [];
    confStore({ cwd: dir, onProblem: (m) => problems.push(m) });
    let reason = "";
    try {
      JSON.parse(text);
    } catch (error) {
      reason = (error as Error).message;
    }
    const aside = readdirSync(dir).find((f) => f.startsWith("alerts.corrupt-"))!;
    expect(aside).toMatch(/^alerts\.corrupt-\d+\.json$/);
    expect(problems).toEqual([`${path.join(dir, "alerts.json")} was not valid JSON (${reason}); kept it as ${path.join(dir, aside)} and started a new one`]);
    expect(JSON.parse(readFileSync(path.join(dir, "alerts.json"), "utf8"))).toEqual({});
  });

  it.runIf(process.platform === "linux")("lives in the user's config folder for oncall-desk when no folder is given", () => {
    const home = mkdtempSync(path.join(tmpdir(), "ocd-xdg-"));
    const saved = process.env.XDG_CONFIG_HOME;
    process.env.XDG_CONFIG_HOME = home;
    try {
      confStore({ name: "probe" }).set("k", "v");
    } finally {
      if (saved === undefined) delete process.env.XDG_CONFIG_HOME;
      else process.env.XDG_CONFIG_HOME = saved;
    }
    // env-paths' layout on Linux: $XDG_CONFIG_HOME/<project>-nodejs.
    expect(JSON.parse(readFileSync(path.join(home, "oncall-desk-nodejs", "probe.json"), "utf8"))).toEqual({ k: "v" });
  });
});
