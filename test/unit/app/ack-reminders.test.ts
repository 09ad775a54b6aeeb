import { describe, expect, it } from "vitest";
import { ackReminders } from "../../../main/app/ack-reminders";
import { notifiedKeys } from "../../../main/app/notified-keys";
import type { NotifyRequest } from "../../../main/app/notifier";
import { createSignal } from "../../../main/app/signal";
import { memoryStore } from "../../../main/services/alerts/key-value-store";
import type { AlertCondition, PipelineStatus } from "../../../shared/domain/sla/types";
import { createFakeClock } from "../../fakes/fake-clock";
import { fakeDesk } from "./desk-fakes";

// 11:00 in New York on 10 March 2026: Alex is on call (day slot). aggregate_profit is owned by Alex (P1)
// and Sarah (P2); the chain is primary, secondary, on call, senior, manager, each person once, so it
// pages Alex, then Sarah, then the manager (Alex is also the on-call and the senior engineer).
// escalation.ack_timeout is 15m. All read by hand from assets/workspace/workspace.yaml.
const AT = Date.parse("2026-03-10T15:00:00Z");
const MIN = 60_000;
const SARAH = "Next in the escalation chain: Sarah Johnson (secondary) · email sarah.johnson@example.com · slack @sarah · phone +1-555-0102";
const MANAGER = "Next in the escalation chain: Engineering Manager (manager) · email eng-manager@example.com · slack @eng-manager · phone +1-555-0100";

const late: AlertCondition = { kind: "late", intervalEnd: "2026-03-10T06:00:00.000Z", reason: "deadline 08:00 passed without a success" };
const status = (pipelineId: string): PipelineStatus => ({ pipelineId, state: "late", reason: "", deadline: null, lastRun: null, verified: true, newestSuccess: null, warnings: [], conditions: [late], changesAt: null });

async function setup(options: { at?: number; me?: string | null; store?: ReturnType<typeof memoryStore> } = {}) {
  const clock = createFakeClock(new Date(options.at ?? AT));
  const { desk } = await fakeDesk(clock);
  const store = options.store ?? memoryStore();
  const told: { at: string; request: NotifyRequest }[] = [];
  const opened: string[] = [];
  const rearm = createSignal();
  const me = options.me === undefined ? "alex" : options.me;
  const detach = ackReminders({ clock, me: () => me, notified: notifiedKeys(store, clock), notify: (request) => told.push({ at: clock.now().toISOString(), request }), rearm, open: (path) => opened.push(path) })(desk);
  const raise = (pipelineId = "aggregate_profit") => {
    desk.monitor.book.sync([status(pipelineId)]);
    return desk.monitor.book.list()[0]!;
  };
  return { clock, desk, told, opened, rearm, detach, raise, store };
}

describe("ack-timeout reminders", () => {
  it("after each ack_timeout without an acknowledgement, names the next person in the chain, once, until the chain runs out", async () => {
    const { clock, told, raise, opened } = await setup();
    raise();
    await clock.advance(15 * MIN - 1);
    expect(told).toEqual([]);
    await clock.advance(1);
    expect(told).toEqual([
      { at: "2026-03-10T15:15:00.000Z", request: { title: "Unacknowledged for 15 min: Demo: Aggregate Profit is late", body: `${SARAH}\n${late.reason}`, onClick: expect.any(Function) } },
    ]);
    told[0]!.request.onClick?.();
    expect(opened).toEqual(["/runbooks/aggregate_profit"]);
    await clock.advance(15 * MIN);
    expect(told[1]).toMatchObject({ at: "2026-03-10T15:30:00.000Z", request: { title: "Unacknowledged for 30 min: Demo: Aggregate Profit is late", body: `${MANAGER}\n${late.reason}` } });
    // The manager is the last: nothing more, ever.
    await clock.advance(6 * 60 * MIN);
    expect(told).toHaveLength(2);
    expect(clock.pendingTimers()).toBe(0);
  });

  it("stops once the alert is acknowledged, and waits out a snooze", async () => {
    const acked = await setup();
    const alert = acked.raise();
    await acked.clock.advance(10 * MIN);
    acked.desk.monitor.book.acknowledge(alert.id);
    await acked.clock.advance(60 * MIN);
    expect(acked.told).toEqual([]);

    const snoozed = await setup();
    const other = snoozed.raise();
    await snoozed.clock.advance(5 * MIN);
    snoozed.desk.monitor.book.snooze(other.id, new Date(AT + 25 * MIN));
    await snoozed.clock.advance(20 * MIN - 1);
    expect(snoozed.told).toEqual([]);
    await snoozed.clock.advance(1);
    expect(snoozed.told.map((t) => [t.at, t.request.body.split("\n")[0]])).toEqual([["2026-03-10T15:25:00.000Z", SARAH]]);
  });

  it("reminds only about the user's own business: pipelines they own, or alerts raised during their shift", async () => {
    // Lisa owns no part of aggregate_profit and is not on call at 11:00: nothing for her.
    const notHers = await setup({ me: "lisa" });
    notHers.raise();
    await notHers.clock.advance(60 * MIN);
    expect(notHers.told).toEqual([]);
    // A watcher gets no reminders at all.
    const watcher = await setup({ me: null });
    watcher.raise();
    await watcher.clock.advance(60 * MIN);
    expect(watcher.told).toEqual([]);
    // Lisa's night shift on 17 March, 01:00-09:00 in New York: an alert raised at 02:00 is hers; the chain then
    // pages Alex, Sarah, Lisa (on call), the manager, so the first reminder still names Sarah.
    const hers = await setup({ me: "lisa", at: Date.parse("2026-03-17T06:00:00Z") });
    hers.raise();
    await hers.clock.advance(15 * MIN);
    expect(hers.told.map((t) => t.request.body.split("\n")[0])).toEqual([SARAH]);
    await hers.clock.advance(15 * MIN);
    expect(hers.told[1]?.request.body.split("\n")[0]).toBe("You are next in the escalation chain (oncall).");
  });

  it("never repeats a reminder after a restart, and one due while asleep is told on waking", async () => {
    const first = await setup();
    first.raise();
    await first.clock.advance(16 * MIN);
    expect(first.told).toHaveLength(1);
    first.detach();
    // The app restarts: its book holds the same alert (opened at AT) again; the reminder already told is not told twice.
    const again = await setup({ at: AT + 16 * MIN, store: first.store });
    again.desk.monitor.book.sync([status("aggregate_profit")], new Date(AT));
    again.rearm.fire();
    expect(again.told).toEqual([]);

    const asleep = await setup();
    asleep.raise();
    await asleep.clock.sleep(20 * MIN);
    expect(asleep.told).toEqual([]);
    asleep.rearm.fire();
    expect(asleep.told.map((t) => [t.at, t.request.title])).toEqual([["2026-03-10T15:20:00.000Z", "Unacknowledged for 20 min: Demo: Aggregate Profit is late"]]);
  });
});
