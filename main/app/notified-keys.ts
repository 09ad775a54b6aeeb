/**
 * What the app has already notified, by key ("shift-start/alex/2026-03-10T09:00…", an alert id, a
 * reminder step), kept in the user-data folder so a restart never repeats a notification.
 */
import type { KeyValueStore } from "../services/alerts/key-value-store";
import type { Clock } from "../services/clock";

/** The notified keys. */
export interface NotifiedKeys {
  has(key: string): boolean;
  /** Records `key` (saved at once); keys older than the retention are forgotten on the way. */
  add(key: string): void;
}

const STORE_KEY = "notified";
/** Longer than anything a key can be about: the 30-day KPI window and the alert book's retention. */
const RETENTION_MS = 40 * 86_400_000;

/** The keys kept in `store` (electron-store `notifications.json` in the app). */
export function notifiedKeys(store: KeyValueStore, clock: Clock): NotifiedKeys {
  const read = (): Record<string, string> => {
    const stored = store.get(STORE_KEY);
    // A hand-edited file of another shape is started afresh: at worst, one notification repeats.
    if (typeof stored !== "object" || stored === null || Array.isArray(stored)) return {};
    return Object.fromEntries(Object.entries(stored).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  };
  const keys = read();
  return {
    has: (key) => Object.hasOwn(keys, key),
    add(key) {
      const now = clock.now();
      const oldest = new Date(now.getTime() - RETENTION_MS).toISOString();
      for (const [k, at] of Object.entries(keys)) if (at < oldest) delete keys[k];
      keys[key] = now.toISOString();
      store.set(STORE_KEY, keys);
    },
  };
}
