import { describe, expect, it, vi } from "vitest";
import { notifiedKeys } from "../../../main/app/notified-keys";
import type { NotifyRequest } from "../../../main/app/notifier";
import { shiftNotifications } from "../../../main/app/shift-notifications";
import { createSignal } from "../../../main/app/signal";
import { memoryStore } from "../../../main/services/alerts/key-value-store";
import { createFakeClock, type FakeClock } from "../../fakes/fake-clock";
import { fakeDesk } from "./desk-fakes";

// Tuesday 10 March 2026 in New York (EDT, UTC-4), block 5 of the default rotation: Alex has the day
// slot (09-17), Sarah the evening (17-01), Mike the night (01-09). Worked out by hand from the
// rule in README ("slot s of block b goes to order[(b + s) mod 4]").
const SARAH_STARTS = Date.parse("2026-03-10T21:00:00Z"); // 17:00 in New York
const SARAH_HANDS_OVER = Date.parse("2026-03-11T05:00:00Z"); // 01:00 in New York
const MIN = 60_000;

async function setup(options: { at: number; me?: string | null; store?: ReturnType<typeof memoryStore> }) {
  const clock = createFakeClock(new Date(options.at));
  const { desk } = await fakeDesk(clock);
  const store = options.store ?? memoryStore();
  const told: { at: string; request: NotifyRequest }[] = [];
  const notify = (request: NotifyRequest) => told.push({ at: clock.now().toISOString(), request });
  const open = vi.fn();
  const rearm = createSignal();
  let me = options.me === undefined ? "sarah" : options.me;
  const detach = shiftNotifications({ clock, me: () => me, notified: notifiedKeys(store, clock), notify, rearm, open })(desk);
  const titles = () => told.map((t) => t.request.title);
  return { clock, desk, store, told, titles, open, rearm, detach, setMe: (id: string | null) => (me = id) };
}

/** Moves the fake clock to `at`. */
const advanceTo = (clock: FakeClock, at: number) => clock.advance(at - clock.now().getTime());

describe("shift notifications", () => {
  it("15 minutes before the user's shift, and at its hand-over, each once and at that instant", async () => {
    const { clock, told, titles, open } = await setup({ at: Date.parse("2026-03-10T15:00:00Z") });
    await advanceTo(clock, SARAH_STARTS - 15 * MIN - 1);
    expect(told).toEqual([]);
    await clock.advance(1);
    expect(told).toEqual([
      { at: "2026-03-10T20:45:00.000Z", request: { title: "Your shift starts in 15 minutes", body: "evening shift from 17:00 (America/New_York), taking over from Alex Chen.\nNo open alerts.", onClick: expect.any(Function) } },
    ]);
    told[0]!.request.onClick?.();
    expect(open).toHaveBeenCalledWith("/handoff");
    await advanceTo(clock, SARAH_HANDS_OVER - 1);
    expect(told).toHaveLength(1);
    await clock.advance(1);
    expect(told[1]).toMatchObject({ at: "2026-03-11T05:00:00.000Z", request: { title: "Hand-over: your shift ends now", body: "Mike Rodriguez takes over (night, until 09:00).\nNo open alerts." } });
    // The next ones come with the next evening shift, not before.
    await advanceTo(clock, SARAH_STARTS + 24 * 60 * MIN - 15 * MIN - 1);
    expect(titles()).toHaveLength(2);
  });

  it("counts the open alerts in what it says", async () => {
    const { clock, desk, told } = await setup({ at: SARAH_STARTS - 16 * MIN });
    const late = { kind: "late" as const, intervalEnd: "2026-03-10T06:00:00.000Z", reason: "deadline passed" };
    desk.monitor.book.sync([{ pipelineId: "aggregate_profit", state: "late", reason: "", deadline: null, lastRun: null, verified: true, newestSuccess: null, warnings: [], conditions: [late], changesAt: null }]);
    await clock.advance(MIN);
    expect(told[0]?.request.body).toMatch(/\n1 open alert\.$/);
  });

  it("never repeats a notification after a restart", async () => {
    const first = await setup({ at: SARAH_STARTS - 16 * MIN });
    await first.clock.advance(2 * MIN);
    expect(first.titles()).toEqual(["Your shift starts in 15 minutes"]);
    first.detach();
    const restarted = await setup({ at: SARAH_STARTS - 13 * MIN, store: first.store });
    await restarted.clock.advance(5 * MIN);
    expect(restarted.titles()).toEqual([]);
  });

  it("tells an instant missed by a little (a restart, a sleep) when it notices, and not one missed by more than the grace", async () => {
    const late = await setup({ at: SARAH_STARTS - 5 * MIN });
    expect(late.titles()).toEqual(["Your shift starts in 5 minutes"]);
    const tooLate = await setup({ at: SARAH_STARTS + 5 * MIN });
    expect(tooLate.titles()).toEqual([]);
    // Asleep across the instant: waking re-arms and it is told at once.
    const asleep = await setup({ at: SARAH_STARTS - 20 * MIN });
    await asleep.clock.sleep(10 * MIN);
    expect(asleep.titles()).toEqual([]);
    asleep.rearm.fire();
    expect(asleep.titles()).toEqual(["Your shift starts in 10 minutes"]);
  });

  it("says nothing to a watcher, and starts when the user says who they are", async () => {
    const { clock, titles, setMe, rearm } = await setup({ at: SARAH_STARTS - 30 * MIN, me: null });
    await clock.advance(20 * MIN);
    expect(titles()).toEqual([]);
    setMe("sarah");
    rearm.fire();
    expect(titles()).toEqual(["Your shift starts in 10 minutes"]);
  });

  it("back-to-back shifts of one person (Alex's 72 Christmas hours) start once and hand over once, at the end", async () => {
    // The Christmas rule gives every slot starting on 24-26 December to the one senior engineer: 01:00 on the 24th
    // to 01:00 on the 27th, New York time (EST, UTC-5), as README's rotation section says.
    const runStart = "2026-12-24T06:00:00.000Z";
    const runEnd = "2026-12-27T06:00:00.000Z";
    const { clock, told } = await setup({ at: Date.parse("2026-12-23T17:00:00Z"), me: "alex" });
    await advanceTo(clock, Date.parse("2026-12-27T15:00:00Z"));
    expect(told.filter((t) => t.request.title.startsWith("Hand-over")).map((t) => t.at)).toContain(runEnd);
    expect(told.filter((t) => t.at > runStart && t.at < runEnd)).toEqual([]);
    expect(told.find((t) => t.at === runEnd)?.request.body).toMatch(/takes over/);
  });
});
