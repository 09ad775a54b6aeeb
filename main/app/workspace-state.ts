/** The workspace the running app uses: loaded once, shared by every consumer, reloaded on demand. */
import type { WorkspaceResult } from "../../shared/domain/workspace";

/** Holds the current workspace result and tells subscribers when a reload replaced it. */
export interface WorkspaceState {
  /** The current result, loading it on first use. */
  current(): Promise<WorkspaceResult>;
  /** The last loaded result, if any: for synchronous readers such as the external-link policy. */
  latest(): WorkspaceResult | undefined;
  /** Reads the workspace again and notifies subscribers. */
  reload(): Promise<WorkspaceResult>;
  /** Calls `listener` after every reload; returns the unsubscribe function. */
  subscribe(listener: (result: WorkspaceResult) => void): () => void;
}

/** A WorkspaceState over `load` (e.g. `() => loadWorkspace(dir)`). */
export function createWorkspaceState(load: () => Promise<WorkspaceResult>): WorkspaceState {
  let pending: Promise<WorkspaceResult> | undefined;
  let last: WorkspaceResult | undefined;
  const listeners = new Set<(result: WorkspaceResult) => void>();
  const read = (): Promise<WorkspaceResult> => {
    const attempt = load().then((result) => (last = result));
    // A failed read must not be cached: the next caller tries the disk again.
    attempt.catch(() => {
      if (pending === attempt) pending = undefined;
    });
    pending = attempt;
    return attempt;
  };
  return {
    current: () => pending ?? read(),
    latest: () => last,
    async reload() {
      const result = await read();
      for (const listener of listeners) listener(result);
      return result;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
