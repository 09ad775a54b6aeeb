import { describe, expect, it, vi } from "vitest";
import { trayFeed, UNKNOWN_TRAY } from "../../../main/app/tray-feed";
import type { TrayState } from "../../../shared/domain/tray-state";
import { createFakeClock } from "../../fakes/fake-clock";
import { fakeDesk } from "./desk-fakes";

const AT = new Date("2026-03-10T15:00:00Z"); // 11:00 in New York

describe("the tray feed", () => {
  it("shows who is on call until when, the worst state and the late count, on every status change", async () => {
    const clock = createFakeClock(AT);
    const { desk, setStates } = await fakeDesk(clock);
    const update = vi.fn<(state: TrayState) => void>();
    trayFeed(clock, update)(desk);
    // By hand from the seed: shift day 2026-03-10 is day 64 after the rotation start, 2-week block 4,
    // and the day slot goes to order[(4 + 0) mod 4] = alex.
    // Before the first reading nothing is verified.
    expect(update).toHaveBeenLastCalledWith({ tone: "unknown", onCall: "Alex Chen (day, until 17:00)", lateCount: 0, demo: false });
    // The fake desk's pipelines are on the demo source, and the tray says so.
    setStates({ aggregate_profit: "late", daily_growth: "at-risk" });
    expect(update).toHaveBeenLastCalledWith({ tone: "late", onCall: "Alex Chen (day, until 17:00)", lateCount: 1, demo: true });
    setStates({});
    expect(update.mock.lastCall?.[0].tone).toBe("healthy");
  });

  it("updates at the shift handoff without any status change, and stops when detached", async () => {
    const clock = createFakeClock(AT);
    const { desk, listeners } = await fakeDesk(clock);
    const update = vi.fn<(state: TrayState) => void>();
    const detach = trayFeed(clock, update)(desk);
    // The evening slot of block 4 (order[(4 + 1) mod 4] = sarah) starts at 17:00 EDT = 21:00 UTC.
    const handoff = Date.parse("2026-03-10T21:00:00Z");
    await clock.advance(handoff - AT.getTime() - 1);
    expect(update.mock.lastCall?.[0].onCall).toBe("Alex Chen (day, until 17:00)");
    await clock.advance(1);
    expect(update.mock.lastCall?.[0].onCall).toBe("Sarah Johnson (evening, until 01:00)");
    detach();
    expect(update).toHaveBeenLastCalledWith(UNKNOWN_TRAY);
    expect(listeners()).toBe(0);
    expect(clock.pendingTimers()).toBe(0);
  });
});
