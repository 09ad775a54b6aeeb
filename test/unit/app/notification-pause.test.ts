import { describe, expect, it, vi } from "vitest";
import { PAUSE_MS, pausableNotifications, pauseSummary } from "../../../main/app/notification-pause";
import type { NotifyRequest } from "../../../main/app/notifier";
import { memoryStore } from "../../../main/services/alerts/key-value-store";
import { createSettingsService } from "../../../main/services/settings/settings-service";
import { createFakeClock } from "../../fakes/fake-clock";

const AT = new Date("2026-03-10T15:00:00Z");

function setup(options: { store?: ReturnType<typeof memoryStore>; settingsStore?: ReturnType<typeof memoryStore>; clock?: ReturnType<typeof createFakeClock> } = {}) {
  const clock = options.clock ?? createFakeClock(AT);
  const store = options.store ?? memoryStore();
  const settingsStore = options.settingsStore ?? memoryStore();
  const settings = createSettingsService(settingsStore);
  const show = vi.fn<(request: NotifyRequest) => void>();
  const onOpen = vi.fn();
  const notifications = pausableNotifications({ show, settings, clock, store, onOpen });
  const titles = () => show.mock.calls.map(([r]) => r.title);
  const pause = () => settings.update({ notificationsPausedUntil: new Date(clock.now().getTime() + PAUSE_MS).toISOString() });
  return { clock, store, settingsStore, settings, show, onOpen, notifications, titles, pause };
}

describe("pausing notifications", () => {
  it("holds notifications back for an hour, then clears the pause and says what was missed", async () => {
    const { clock, settings, notifications, titles, pause, show, onOpen } = setup();
    notifications.notify({ title: "before", body: "" });
    pause();
    notifications.notify({ title: "Aggregate Profit is late", body: "" });
    await clock.advance(PAUSE_MS / 2);
    notifications.notify({ title: "Daily Growth is at risk", body: "" });
    expect(titles()).toEqual(["before"]);
    await clock.advance(PAUSE_MS / 2 - 1);
    expect(titles()).toEqual(["before"]);
    await clock.advance(1);
    expect(settings.get().notificationsPausedUntil).toBeNull();
    expect(show.mock.lastCall?.[0]).toMatchObject({ title: "Notifications are back on: 2 while paused", body: "Aggregate Profit is late\nDaily Growth is at risk" });
    show.mock.lastCall?.[0].onClick?.();
    expect(onOpen).toHaveBeenCalledTimes(1);
    notifications.notify({ title: "after", body: "" });
    expect(titles().at(-1)).toBe("after");
  });

  it("resuming early (the tray's Resume) ends the pause with its summary at once", async () => {
    const { settings, notifications, titles, pause, clock } = setup();
    pause();
    await clock.advance(60_000);
    settings.update({ notificationsPausedUntil: null });
    expect(titles()).toEqual(["Notifications are back on"]);
    // The pause's timer is gone with it: nothing more when the hour would have ended.
    await clock.advance(PAUSE_MS);
    expect(titles()).toEqual(["Notifications are back on"]);
    notifications.notify({ title: "x", body: "" });
    expect(titles()).toEqual(["Notifications are back on", "x"]);
  });

  it("keeps what was held back across a restart, and a pause that ran out while the app was closed ends with its summary", async () => {
    const first = setup();
    first.pause();
    first.notifications.notify({ title: "Aggregate Profit is late", body: "" });
    first.notifications.stop();
    // Two hours later the app starts again on the same stores.
    const clock = createFakeClock(new Date(AT.getTime() + 2 * PAUSE_MS));
    const again = setup({ clock, store: first.store, settingsStore: first.settingsStore });
    expect(again.titles()).toEqual(["Notifications are back on: 1 while paused"]);
    expect(again.settings.get().notificationsPausedUntil).toBeNull();
  });

  it("a pause that ran out while the app was closed, with nothing held back, ends quietly", () => {
    const first = setup();
    first.pause();
    first.notifications.stop();
    const again = setup({ clock: createFakeClock(new Date(AT.getTime() + 2 * PAUSE_MS)), store: first.store, settingsStore: first.settingsStore });
    expect(again.titles()).toEqual([]);
    expect(again.settings.get().notificationsPausedUntil).toBeNull();
  });

  it("still ends the pause on time after the machine slept past it (rearm on wake)", async () => {
    const { clock, notifications, titles, pause } = setup();
    pause();
    notifications.notify({ title: "held", body: "" });
    // The machine sleeps past the end: its timer has not fired. Waking re-arms, and the end is due now.
    await clock.sleep(PAUSE_MS + 60_000);
    expect(titles()).toEqual([]);
    notifications.rearm();
    expect(titles()).toEqual(["Notifications are back on: 1 while paused"]);
  });

  it("names three of what was missed and counts the rest", () => {
    expect(pauseSummary(["a", "b", "c", "d", "e"])).toEqual({ title: "Notifications are back on: 5 while paused", body: "a\nb\nc\n…and 2 more" });
    expect(pauseSummary([])).toEqual({ title: "Notifications are back on", body: "Nothing was notified while they were paused." });
  });
});
