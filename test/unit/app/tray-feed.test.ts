import { describe, expect, it, vi } from "vitest";
import { createSignal } from "../../../main/app/signal";
import type { TrayDesk } from "../../../main/app/tray";
import { trayFeed, UNKNOWN_TRAY } from "../../../main/app/tray-feed";
import type { AlertCondition, PipelineStatus } from "../../../shared/domain/sla/types";
import { createFakeClock } from "../../fakes/fake-clock";
import { fakeDesk } from "./desk-fakes";

// 11:00 in New York on Tuesday 10 March 2026: the fifth block of the rotation (b = 4, from Monday 2 March), in which
// by the default workspace's rule (slot s of block b goes to order[(b + s) mod 4], counting b from 0)
// Alex has the day slot, Sarah the evening, Mike the night and Lisa rests. Worked out by hand.
const AT = new Date("2026-03-10T15:00:00Z");
const HOUR = 3_600_000;

function setup(me: string | null = null) {
  const clock = createFakeClock(AT);
  const update = vi.fn<(state: TrayDesk) => void>();
  const rearm = createSignal();
  let who = me;
  const feed = trayFeed({ clock, update, me: () => who, rearm });
  return { clock, update, rearm, feed, setMe: (id: string | null) => (who = id) };
}

const last = (update: ReturnType<typeof setup>["update"]) => update.mock.lastCall![0];

describe("the tray feed", () => {
  it("shows who is on call until when and who is next, the worst state and the late count, on every status change", async () => {
    const { clock, update, feed } = setup();
    const { desk, setStates } = await fakeDesk(clock);
    feed(desk);
    // Before the first reading nothing is verified.
    expect(last(update)).toMatchObject({ tone: "unknown", onCall: "Alex Chen (day, until 17:00)", next: "Sarah Johnson (evening, from 17:00)", lateCount: 0, demo: false, alerts: [] });
    expect(last(update).mine).toBeUndefined();
    // The fake desk's pipelines are on the demo source, and the tray says so.
    setStates({ aggregate_profit: "late", daily_growth: "at-risk" });
    expect(last(update)).toMatchObject({ tone: "late", lateCount: 1, demo: true });
    setStates({});
    expect(last(update).tone).toBe("healthy");
  });

  it("updates at the shift handoff without any status change, and stops when detached", async () => {
    const { clock, update, feed } = setup();
    const { desk, listeners } = await fakeDesk(clock);
    const detach = feed(desk);
    await clock.advance(6 * HOUR - 1); // 16:59:59.999 in New York
    expect(last(update).onCall).toBe("Alex Chen (day, until 17:00)");
    await clock.advance(1);
    expect(last(update).onCall).toBe("Sarah Johnson (evening, until 01:00)");
    expect(last(update).next).toBe("Mike Rodriguez (night, from 01:00)");
    detach();
    expect(update).toHaveBeenLastCalledWith(UNKNOWN_TRAY);
    expect(listeners()).toBe(0);
    expect(clock.pendingTimers()).toBe(0);
  });

  it("says the user's own shift: on call now and until when, or when the next one is, and follows a change of who they are", async () => {
    const { clock, update, feed, rearm, setMe } = setup("alex");
    const { desk } = await fakeDesk(clock);
    feed(desk);
    expect(last(update).mine).toBe("You are on call until 17:00");
    // Lisa rests in this block; her first shift of the next (from Monday 16 March) is the night slot, which starts at 01:00 on Tuesday.
    setMe("lisa");
    rearm.fire();
    expect(last(update).mine).toBe("Your next shift: Tue 17 Mar, 01:00–09:00 (night)");
    setMe("nobody-here");
    rearm.fire();
    expect(last(update).mine).toBe(`You ("nobody-here") are not in this workspace's team`);
  });

  it("lists the open and snoozed alerts, newest first, with the notification's title", async () => {
    const { clock, update, feed } = setup();
    const { desk, setStates } = await fakeDesk(clock);
    feed(desk);
    const late: AlertCondition = { kind: "late", intervalEnd: "2026-03-10T06:00:00.000Z", reason: "deadline passed" };
    const status = (pipelineId: string, conditions: AlertCondition[]): PipelineStatus => ({ pipelineId, state: "late", reason: "", deadline: null, lastRun: null, verified: true, newestSuccess: null, warnings: [], conditions, changesAt: null });
    desk.monitor.book.sync([status("aggregate_profit", [late])]);
    await clock.advance(60_000);
    desk.monitor.book.sync([status("daily_growth", [late])]);
    const growth = desk.monitor.book.list()[0]!;
    desk.monitor.book.snooze(growth.id, new Date(AT.getTime() + HOUR));
    // The fake desk's status service passes the book's alerts on with the next snapshot.
    setStates({ aggregate_profit: "late", daily_growth: "late" });
    expect(last(update).alerts).toEqual([
      { id: growth.id, pipelineId: "daily_growth", kind: "late", title: "Demo: Daily Growth is late", snoozed: true },
      { id: expect.stringMatching(/^aggregate_profit\/late\//), pipelineId: "aggregate_profit", kind: "late", title: "Demo: Aggregate Profit is late", snoozed: false },
    ]);
  });
});
