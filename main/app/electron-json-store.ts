/** The app's alert store: electron-store (a JSON file in the user-data folder) behind the KeyValueStore interface. */
import ElectronStore from "electron-store";
import { confStore } from "../services/alerts/conf-store";
import type { KeyValueStore } from "../services/alerts/key-value-store";

/** Opens `alerts.json` in the app's user-data folder; a corrupt file is set aside as the CLI's store does. Call after `userData` is final. */
export function electronAlertStore(onProblem: (message: string) => void): KeyValueStore {
  return confStore({
    onProblem,
    // Dot notation off for the same reason as in confStore: alert ids are literal keys.
    open: ({ name, deserialize }) => new ElectronStore<Record<string, unknown>>({ name, deserialize, accessPropertiesByDotNotation: false }),
  });
}
