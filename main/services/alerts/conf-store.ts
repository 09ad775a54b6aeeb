/** A KeyValueStore in a JSON file through `conf`: the CLI's alert store, and the tests' (in a temp dir). */
import { renameSync } from "node:fs";
import path from "node:path";
import Conf from "conf";
import type { KeyValueStore } from "./key-value-store";

/** Where the file lives and whom to tell when it was unreadable. */
export interface ConfStoreOptions {
  /** Folder of the file (the user's config dir in the CLI, a temp dir in tests). */
  cwd: string;
  /** File name without `.json`. */
  name?: string;
  /** Told, in one line, when the file was corrupt and has been set aside. */
  onProblem?: (message: string) => void;
}

/**
 * Opens (or creates) the store. A corrupt file is never thrown away: it is renamed to
 * `<name>.corrupt-<epoch ms>.json` beside the original, reported, and a fresh file is started.
 */
export function confStore(options: ConfStoreOptions): KeyValueStore {
  const name = options.name ?? "alerts";
  // Keys such as "alerts" are literal; dot notation would turn ids with dots into nested paths.
  const open = () => new Conf<Record<string, unknown>>({ cwd: options.cwd, configName: name, accessPropertiesByDotNotation: false });
  let conf: Conf<Record<string, unknown>>;
  try {
    conf = open();
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const file = path.join(options.cwd, `${name}.json`);
    const aside = path.join(options.cwd, `${name}.corrupt-${Date.now()}.json`);
    renameSync(file, aside);
    options.onProblem?.(`${file} was not valid JSON (${error.message}); kept it as ${aside} and started a new one`);
    conf = open();
  }
  return {
    get: (key) => conf.get(key),
    set: (key, value) => conf.set(key, value),
  };
}
