/** The workspace the running app uses: loaded once, shared by every consumer, reloaded on demand, switched when the user opens another. */
import type { WorkspaceResult } from "../../shared/domain/workspace";

/** What happened to the workspace: read again, or replaced by another one. */
export interface WorkspaceChange {
  /** True when another workspace was opened: what ran before must not keep running. */
  switched: boolean;
}

/** Holds the current workspace result and tells subscribers when a reload or a switch replaced it. */
export interface WorkspaceState {
  /** The current result, loading it on first use. */
  current(): Promise<WorkspaceResult>;
  /** The last loaded result, if any: for synchronous readers such as the external-link policy. */
  latest(): WorkspaceResult | undefined;
  /** Reads the workspace again and notifies subscribers. */
  reload(): Promise<WorkspaceResult>;
  /** Opens another workspace: `load` reads it from now on; subscribers hear of it with `switched: true`. */
  switchTo(load: () => Promise<WorkspaceResult>): Promise<WorkspaceResult>;
  /** Calls `listener` after every reload and switch; returns the unsubscribe function. */
  subscribe(listener: (result: WorkspaceResult, change: WorkspaceChange) => void): () => void;
}

/** A WorkspaceState over `load` (e.g. `() => loadWorkspace(dir)`). */
export function createWorkspaceState(initialLoad: () => Promise<WorkspaceResult>): WorkspaceState {
  let load = initialLoad;
  // Bumped by every switch: a read of the workspace before it must not be taken for the new one.
  let generation = 0;
  let pending: Promise<WorkspaceResult> | undefined;
  let last: WorkspaceResult | undefined;
  const listeners = new Set<(result: WorkspaceResult, change: WorkspaceChange) => void>();
  const read = (): Promise<WorkspaceResult> => {
    const readFor = generation;
    const attempt = load().then((result) => {
      if (readFor === generation) last = result;
      return result;
    });
    // A failed read must not be cached: the next caller tries the disk again.
    attempt.catch(() => {
      if (pending === attempt) pending = undefined;
    });
    pending = attempt;
    return attempt;
  };
  const current = () => pending ?? read();
  /** Tells subscribers about `result`, unless a switch overtook the read: then the new workspace's result is the answer. */
  const settle = async (readFor: number, result: WorkspaceResult, change: WorkspaceChange): Promise<WorkspaceResult> => {
    if (readFor !== generation) return current();
    for (const listener of [...listeners]) listener(result, change);
    return result;
  };
  return {
    current,
    latest: () => last,
    async reload() {
      const readFor = generation;
      return settle(readFor, await read(), { switched: false });
    },
    async switchTo(next) {
      generation += 1;
      const readFor = generation;
      load = next;
      last = undefined;
      return settle(readFor, await read(), { switched: true });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
