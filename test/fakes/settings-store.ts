/** A settings store holding some settings already, as a machine that has used the app would. */
import { memoryStore, type KeyValueStore } from "../../main/services/alerts/key-value-store";
import { DEFAULT_SETTINGS, type Settings } from "../../shared/domain/settings";

/** A memory store with `settings` over the defaults, under the key the settings service reads. */
export function seededSettingsStore(settings: Partial<Settings>): KeyValueStore {
  return memoryStore({ settings: { ...DEFAULT_SETTINGS, ...settings } });
}
