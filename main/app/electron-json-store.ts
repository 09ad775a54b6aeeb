/** The app's JSON files (alerts, encrypted secrets): electron-store in the user-data folder behind the KeyValueStore interface. */
import ElectronStore from "electron-store";
import { confStore } from "../services/alerts/conf-store";
import type { KeyValueStore } from "../services/alerts/key-value-store";

/** Opens `<name>.json` in the app's user-data folder; a corrupt file is set aside as the CLI's store does. Call after `userData` is final. */
export function electronJsonStore(name: string, onProblem: (message: string) => void): KeyValueStore {
  return confStore({
    name,
    onProblem,
    // Dot notation off for the same reason as in confStore: keys (alert ids, variable names) are literal.
    open: (file) => new ElectronStore<Record<string, unknown>>({ name: file.name, deserialize: file.deserialize, accessPropertiesByDotNotation: false }),
  });
}
