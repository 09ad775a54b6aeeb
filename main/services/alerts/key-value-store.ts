/** The small persistence interface the alert book writes through: electron-store in the app, conf in the CLI, memory in tests. */

/** Gets and sets JSON values by key. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

/** A store that lives as long as the process: tests, and `status --at` (a hypothetical instant must not touch real alerts). */
export function memoryStore(initial: Record<string, unknown> = {}): KeyValueStore {
  const data = new Map(Object.entries(initial));
  return {
    // Values are copied in and out, as a file store would, so callers never share objects with it.
    get: (key) => (data.has(key) ? structuredClone(data.get(key)) : undefined),
    set: (key, value) => void data.set(key, structuredClone(value)),
  };
}
