import { describe, expect, it, vi } from "vitest";
import { alertNotice, alertNotifications } from "../../../main/app/alert-notifications";
import { notifiedKeys } from "../../../main/app/notified-keys";
import type { NotifyRequest } from "../../../main/app/notifier";
import { memoryStore } from "../../../main/services/alerts/key-value-store";
import type { AlertCondition, PipelineStatus } from "../../../shared/domain/sla/types";
import { createAlertBook } from "../../../main/services/alerts/alert-book";
import { createFakeClock } from "../../fakes/fake-clock";
import { fakeDesk } from "./desk-fakes";

const AT = new Date("2026-03-10T15:00:00Z");
const INTERVAL = "2026-03-10T06:00:00.000Z";

function status(pipelineId: string, conditions: AlertCondition[], newestSuccess: string | null = null): PipelineStatus {
  return { pipelineId, state: conditions[0]?.kind ?? "healthy", reason: "", deadline: null, lastRun: null, verified: true, newestSuccess, warnings: [], conditions, changesAt: null };
}
const late: AlertCondition = { kind: "late", intervalEnd: INTERVAL, reason: "deadline 08:00 UTC passed without a success" };
const atRisk: AlertCondition = { kind: "at-risk", intervalEnd: INTERVAL, reason: "not started 15 min after availability" };

async function setup() {
  const clock = createFakeClock(AT);
  const { desk } = await fakeDesk(clock);
  const notify = vi.fn<(request: NotifyRequest) => void>();
  const open = vi.fn<(path: string) => void>();
  const store = memoryStore();
  const attachment = alertNotifications(clock, notify, open, notifiedKeys(store, clock));
  return { clock, desk, notify, open, attachment, book: desk.monitor.book, store };
}

describe("alert notifications", () => {
  it("notify once per raised alert: pipeline and state, reason, who is on call and P1; a click opens the pipeline's runbook", async () => {
    const { desk, notify, open, attachment, book } = await setup();
    attachment(desk);
    book.sync([status("aggregate_profit", [late]), status("daily_growth", [atRisk])]);
    expect(notify).toHaveBeenCalledTimes(2);
    // By hand from the seed: 15:00 UTC is 11:00 in New York (EDT), shift day 2026-03-10 is day 64
    // after the rotation start 2026-01-05, so 2-week block 4; the day slot (09:00-17:00) is
    // order[(4 + 0) mod 4] = alex. Alex Chen is also the primary owner of Aggregate Profit.
    // The embedded workspace runs on the demo source: every notice says so.
    const [request] = notify.mock.calls.find(([r]) => r.title.includes("Aggregate Profit"))!;
    expect(request.title).toBe("Demo: Aggregate Profit is late");
    expect(request.body).toBe(`${late.reason}\nOn call: Alex Chen (day, until 17:00) · P1: Alex Chen`);
    expect(notify.mock.calls.map(([r]) => r.title)).toContain("Demo: Daily Growth is at risk");
    // The same alert from a real source carries no demo label.
    const real = { ...desk, workspace: { ...desk.workspace, sources: [{ id: "demo", kind: "airflow" as const, url: "https://airflow.example.com", api: "v1" as const }] } };
    expect(alertNotice(real, book.list().find((a) => a.pipelineId === "aggregate_profit")!, AT).title).toBe("Aggregate Profit is late");
    request.onClick?.();
    expect(open).toHaveBeenCalledWith("/runbooks/aggregate_profit");
    notify.mock.calls.find(([r]) => r.title.includes("Daily Growth"))![0].onClick?.();
    expect(open).toHaveBeenLastCalledWith("/runbooks/daily_growth");
  });

  it("never notifies the same alert again: not on the next sync, not when it reopens, not on a new desk", async () => {
    const { clock, desk, notify, attachment } = await setup();
    // A workspace reload builds a new desk whose alert book reads the same store (app-services.ts).
    const store = memoryStore();
    const deskWithBook = () => ({ ...desk, monitor: { ...desk.monitor, book: createAlertBook({ store, clock }) } as typeof desk.monitor });
    const first = deskWithBook();
    const detachFirst = attachment(first);
    first.monitor.book.sync([status("daily_growth", [atRisk])]);
    first.monitor.book.sync([status("daily_growth", [atRisk])]);
    first.monitor.book.sync([status("daily_growth", [])]); // recovered: resolved
    first.monitor.book.sync([status("daily_growth", [atRisk])]); // the same interval slipped again: the alert reopens
    expect(first.monitor.book.list()[0]?.state).toBe("open");
    expect(notify).toHaveBeenCalledTimes(1);
    detachFirst();
    first.monitor.book.sync([status("aggregate_profit", [late])]); // the old desk is no longer heard
    expect(notify).toHaveBeenCalledTimes(1);

    // The reload: the new desk's book reopens the same alert, and it stays silent.
    const second = deskWithBook();
    attachment(second);
    second.monitor.book.sync([status("daily_growth", [])]);
    expect(second.monitor.book.sync([status("daily_growth", [atRisk])]).map((a) => a.id)).toEqual([`daily_growth/at-risk/${INTERVAL}`]);
    expect(notify).toHaveBeenCalledTimes(1);
    // A new alert on the new desk is announced: the attachment does listen to it.
    second.monitor.book.sync([status("aggregate_engagement", [late])]);
    expect(notify).toHaveBeenCalledTimes(2);
    expect(notify.mock.calls[1]![0].title).toBe("Demo: Aggregate Engagement is late");
  });

  it("never notifies an alert again after a restart: the notified keys persist", async () => {
    const { clock, desk, notify, open, attachment, book, store } = await setup();
    const detach = attachment(desk);
    book.sync([status("daily_growth", [atRisk])]);
    book.sync([status("daily_growth", [])]);
    detach();
    // The app restarts: a new attachment on the same store sees the alert reopen and stays silent.
    const again = vi.fn<(request: NotifyRequest) => void>();
    alertNotifications(clock, again, open, notifiedKeys(store, clock))(desk);
    book.sync([status("daily_growth", [atRisk])]);
    expect(book.list()[0]?.state).toBe("open");
    expect(notify).toHaveBeenCalledTimes(1);
    expect(again).not.toHaveBeenCalled();
    // A new alert is still told.
    book.sync([status("aggregate_profit", [late])]);
    expect(again).toHaveBeenCalledTimes(1);
  });

  it("stays silent for an alert that is already snoozed when raised", async () => {
    const { clock, desk, notify, attachment } = await setup();
    const listeners: ((event: { alerts: never[]; raised: unknown[] }) => void)[] = [];
    const book = { ...desk.monitor.book, subscribe: (l: (typeof listeners)[number]) => (listeners.push(l), () => undefined) };
    attachment({ ...desk, monitor: { ...desk.monitor, book } as typeof desk.monitor });
    const snoozed = { id: "a", pipelineId: "aggregate_profit", kind: "late", intervalEnd: INTERVAL, state: "snoozed", reason: "x", openedAt: clock.now().toISOString(), snoozedUntil: "2026-03-10T16:00:00.000Z" };
    listeners[0]!({ alerts: [], raised: [snoozed] });
    expect(notify).not.toHaveBeenCalled();
  });
});
