/** A stand-in for electron-store that keeps its data in memory: the shell tests must not write into a real user-data folder. */

/** The electron-store class the tests mock in; every instance starts empty (or with `seed[name]`). */
export function inMemoryElectronStore(seed: Record<string, Record<string, unknown>> = {}) {
  return class {
    readonly path: string;
    private readonly data: Map<string, unknown>;
    constructor(options: { name?: string } = {}) {
      const name = options.name ?? "config";
      this.path = `/fake-user-data/${name}.json`;
      this.data = new Map(Object.entries(structuredClone(seed[name] ?? {})));
    }
    get(key: string) {
      return structuredClone(this.data.get(key));
    }
    set(key: string, value: unknown) {
      this.data.set(key, structuredClone(value));
    }
    clear() {
      this.data.clear();
    }
  };
}
