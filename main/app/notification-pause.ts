/**
 * "Pause notifications for 1 hour": while the settings' pause runs, notifications are held back
 * and counted; when it ends (its time comes, or the user resumes) one summary says what was missed.
 * What was held back is kept in the user-data folder, so a restart during a pause loses nothing.
 */
import type { KeyValueStore } from "../services/alerts/key-value-store";
import { createDeadlineTimer } from "../services/alerts/deadline-timer";
import type { Clock } from "../services/clock";
import type { SettingsService } from "../services/settings/settings-service";
import type { NotifyRequest } from "./notifier";

/** How long "Pause notifications" pauses them. */
export const PAUSE_MS = 3_600_000;

/** Notifications that respect the pause. */
export interface PausableNotifications {
  /** Shows `request` now, or, while paused, keeps its title for the summary. */
  notify(request: NotifyRequest): void;
  /** Arms the end of the pause again (timers stop while the machine sleeps). */
  rearm(): void;
  /** Stops following the settings and the clock. */
  stop(): void;
}

/** What the pause works with. */
export interface PauseOptions {
  /** Shows a notification (Notifier.notify). */
  show: (request: NotifyRequest) => void;
  settings: SettingsService;
  clock: Clock;
  /** Where held-back titles wait for the summary (electron-store `notifications.json` in the app). */
  store: KeyValueStore;
  /** Called when the summary is clicked: the window opens. */
  onOpen: () => void;
}

const MISSED_KEY = "missedWhilePaused";
/** The titles a summary names; the rest are counted. */
const NAMED_IN_SUMMARY = 3;

/** The summary of a pause that ended. */
export function pauseSummary(missed: readonly string[]): { title: string; body: string } {
  if (missed.length === 0) return { title: "Notifications are back on", body: "Nothing was notified while they were paused." };
  const named = missed.slice(0, NAMED_IN_SUMMARY).join("\n");
  const more = missed.length > NAMED_IN_SUMMARY ? `\n…and ${missed.length - NAMED_IN_SUMMARY} more` : "";
  return { title: `Notifications are back on: ${missed.length} while paused`, body: `${named}${more}` };
}

/** Wraps `show` with the settings' pause. */
export function pausableNotifications(options: PauseOptions): PausableNotifications {
  const { settings, clock, store } = options;
  const stored = store.get(MISSED_KEY);
  let missed: string[] = Array.isArray(stored) ? stored.filter((t): t is string => typeof t === "string") : [];
  const pausedUntil = (): number | null => {
    const until = settings.get().notificationsPausedUntil;
    return until === null ? null : Date.parse(until);
  };
  const paused = () => {
    const until = pausedUntil();
    return until !== null && clock.now().getTime() < until;
  };
  const keep = (next: string[]) => {
    missed = next;
    store.set(MISSED_KEY, missed);
  };
  const summarise = () => {
    const summary = pauseSummary(missed);
    keep([]);
    options.show({ ...summary, onClick: options.onOpen });
  };
  // The pause's time came: clearing the setting tells every view, and the change below says what was missed.
  const timer = createDeadlineTimer(clock, () => {
    if (pausedUntil() !== null && !paused()) settings.update({ notificationsPausedUntil: null });
  });
  const rearm = () => {
    const until = pausedUntil();
    if (until !== null && !paused()) settings.update({ notificationsPausedUntil: null });
    else timer.arm(until === null ? null : new Date(until));
  };
  let wasPaused = pausedUntil() !== null;
  const unsubscribe = settings.subscribe((changed) => {
    const now = changed.notificationsPausedUntil !== null;
    if (wasPaused && !now) summarise();
    wasPaused = now;
    rearm();
  });
  // A pause that ran out while the app was closed ends now; its summary is shown only if something was held back.
  if (pausedUntil() !== null && !paused()) {
    wasPaused = missed.length > 0;
    settings.update({ notificationsPausedUntil: null });
  } else {
    rearm();
  }
  return {
    notify(request) {
      if (paused()) keep([...missed, request.title]);
      else options.show(request);
    },
    rearm,
    stop() {
      unsubscribe();
      timer.stop();
    },
  };
}
