/** The app's settings over a KeyValueStore (electron-store in the app, memory in tests): read, changed, and followed. */
import { readSettings, settingsPatchSchema, type Settings, type SettingsPatch } from "../../../shared/domain/settings";
import type { KeyValueStore } from "../alerts/key-value-store";

/** The key the settings live under in their store. */
const SETTINGS_KEY = "settings";

/** Reads and changes the settings; every change is saved before listeners hear of it. */
export interface SettingsService {
  /** The current settings. */
  get(): Settings;
  /** Applies `patch` (validated), saves, notifies and returns the new settings; throws with the reason on an invalid patch. */
  update(patch: SettingsPatch): Settings;
  /** Called after every change; returns the unsubscribe function. */
  subscribe(listener: (settings: Settings) => void): () => void;
}

/** Opens the settings kept in `store`; stored values that no longer parse are reported and replaced by their defaults. */
export function createSettingsService(store: KeyValueStore, onProblem: (message: string) => void = () => undefined): SettingsService {
  const read = readSettings(store.get(SETTINGS_KEY));
  for (const problem of read.problems) onProblem(problem);
  let current = read.settings;
  const listeners = new Set<(settings: Settings) => void>();
  return {
    get: () => current,
    update(patch) {
      const parsed = settingsPatchSchema.safeParse(patch);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`invalid setting ${issue?.path.join(".") || ""}: ${issue?.message ?? "unreadable"}`.replace("setting :", "settings:"));
      }
      const next: Settings = { ...current, ...parsed.data };
      store.set(SETTINGS_KEY, next);
      current = next;
      for (const listener of [...listeners]) listener(current);
      return current;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
