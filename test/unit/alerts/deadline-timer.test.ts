import { describe, expect, it } from "vitest";
import { createDeadlineTimer } from "../../../main/services/alerts/deadline-timer";
import { createFakeClock } from "../../fakes/fake-clock";

const START = new Date("2026-03-10T08:00:00Z");
const DAY = 86_400_000;

describe("deadline timer", () => {
  it("fires once at the armed instant, not a millisecond before", async () => {
    const clock = createFakeClock(START);
    let due = 0;
    const timer = createDeadlineTimer(clock, () => (due += 1));
    timer.arm(new Date("2026-03-10T08:05:00Z"));
    await clock.advance(5 * 60_000 - 1);
    expect(due).toBe(0);
    await clock.advance(1);
    expect(due).toBe(1);
    await clock.advance(DAY);
    expect(due).toBe(1);
    expect(clock.pendingTimers()).toBe(0);
  });

  it("reaches a deadline days away in hops and fires only at the instant", async () => {
    const clock = createFakeClock(START);
    const firedAt: string[] = [];
    const timer = createDeadlineTimer(clock, () => firedAt.push(clock.now().toISOString()));
    timer.arm(new Date("2026-03-13T08:00:00Z"));
    await clock.advance(3 * DAY - 1);
    expect(firedAt).toEqual([]);
    await clock.advance(1);
    expect(firedAt).toEqual(["2026-03-13T08:00:00.000Z"]);
  });

  it("fires at once for an instant already past", async () => {
    const clock = createFakeClock(START);
    let due = 0;
    createDeadlineTimer(clock, () => (due += 1)).arm(new Date("2026-03-10T07:00:00Z"));
    await clock.advance(0);
    expect(due).toBe(1);
  });

  it("re-arming replaces the earlier instant; null and stop disarm", async () => {
    const clock = createFakeClock(START);
    const firedAt: string[] = [];
    const timer = createDeadlineTimer(clock, () => firedAt.push(clock.now().toISOString()));
    timer.arm(new Date("2026-03-10T08:10:00Z"));
    timer.arm(new Date("2026-03-10T08:20:00Z"));
    await clock.advance(30 * 60_000);
    expect(firedAt).toEqual(["2026-03-10T08:20:00.000Z"]);

    timer.arm(new Date("2026-03-10T09:00:00Z"));
    timer.arm(null);
    expect(clock.pendingTimers()).toBe(0);
    timer.arm(new Date("2026-03-10T09:00:00Z"));
    timer.stop();
    expect(clock.pendingTimers()).toBe(0);
    await clock.advance(DAY);
    expect(firedAt).toEqual(["2026-03-10T08:20:00.000Z"]);
  });
});
