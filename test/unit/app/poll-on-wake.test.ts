import { describe, expect, it, vi } from "vitest";
import type { Desk } from "../../../main/app/live-desk";
import { pollOnWake } from "../../../main/app/poll-on-wake";
import { createSignal } from "../../../main/app/signal";
import { createAlertBook } from "../../../main/services/alerts/alert-book";
import { memoryStore } from "../../../main/services/alerts/key-value-store";
import { createStatusService } from "../../../main/services/status/status-service";
import { loadWorkspace } from "../../../main/services/workspace/load-workspace";
import { compileSchedule } from "../../../shared/domain/rotation/schedule";
import { createFakeClock } from "../../fakes/fake-clock";

describe("waking up", () => {
  it("evaluates at once (a deadline passed during sleep is announced, the deadline timer re-armed) and polls every source now", async () => {
    const loaded = await loadWorkspace();
    if (!loaded.ok) throw new Error("the embedded workspace does not validate");
    const clock = createFakeClock(new Date("2026-03-10T15:00:00Z"));
    const book = createAlertBook({ store: memoryStore(), clock });
    // The real status service, so "evaluate now" is the real thing: its snapshot carries the instant it was made at.
    const status = createStatusService({ pipelines: loaded.workspace.pipelines, sources: loaded.workspace.sources, book, clock, zone: loaded.workspace.timezone });
    status.refresh();
    const pollNow = vi.fn(async () => undefined);
    const desk = { workspace: loaded.workspace, schedule: compileSchedule(loaded.workspace), monitor: { book, status, pollNow } } as unknown as Desk;
    const woke = createSignal();
    const problems: string[] = [];
    const detach = pollOnWake(woke, (m) => problems.push(m))(desk);

    await clock.sleep(3_600_000);
    expect(status.snapshot().at).toBe("2026-03-10T15:00:00.000Z");
    woke.fire();
    expect(status.snapshot().at).toBe("2026-03-10T16:00:00.000Z");
    expect(pollNow).toHaveBeenCalledTimes(1);

    pollNow.mockRejectedValueOnce(new Error("network is down"));
    woke.fire();
    await clock.flush();
    expect(problems).toEqual(["polling after wake-up: network is down"]);
    detach();
    woke.fire();
    expect(pollNow).toHaveBeenCalledTimes(2);
    status.stop();
  });
});
