/** A KeyValueStore in a JSON file through `conf`: the CLI's alert store, and the tests' (in a temp dir). */
import { writeFileSync } from "node:fs";
import Conf from "conf";
import type { KeyValueStore } from "./key-value-store";

/** Where the file lives and whom to tell when it was unreadable. */
export interface ConfStoreOptions {
  /** Folder of the file (a temp dir in tests, `--state DIR`); default: the user's config dir for oncall-desk. */
  cwd?: string;
  /** File name without `.json`. */
  name?: string;
  /** Told, in one line, when the file was corrupt and has been set aside. */
  onProblem?: (message: string) => void;
  /** Opens the file; default `conf` (the app passes electron-store, a Conf kept in its user-data folder). */
  open?: (file: ConfFile) => Conf<Record<string, unknown>>;
}

/** What `open` must honour: the file name and the reader that catches a corrupt file. */
export interface ConfFile {
  name: string;
  deserialize: (text: string) => Record<string, unknown>;
}

/**
 * Opens (or creates) the store. A corrupt file is never thrown away: its text is saved as
 * `<name>.corrupt-<epoch ms>.json` beside it, the problem is reported, and the store starts empty.
 */
export function confStore(options: ConfStoreOptions): KeyValueStore {
  let unreadable: { text: string; message: string } | undefined;
  const open =
    options.open ??
    ((file: ConfFile) =>
      // Keys are literal; dot notation would turn ids with dots into nested paths.
      new Conf<Record<string, unknown>>({ projectName: "oncall-desk", cwd: options.cwd, configName: file.name, accessPropertiesByDotNotation: false, deserialize: file.deserialize }));
  const conf = open({
    name: options.name ?? "alerts",
    deserialize(text) {
      try {
        return JSON.parse(text);
      } catch (error) {
        unreadable = { text, message: error instanceof Error ? error.message : String(error) };
        return {};
      }
    },
  });
  if (unreadable) {
    const aside = conf.path.replace(/\.json$/, `.corrupt-${Date.now()}.json`);
    writeFileSync(aside, unreadable.text);
    conf.clear();
    options.onProblem?.(`${conf.path} was not valid JSON (${unreadable.message}); kept it as ${aside} and started a new one`);
  }
  return {
    get: (key) => conf.get(key),
    set: (key, value) => conf.set(key, value),
  };
}
