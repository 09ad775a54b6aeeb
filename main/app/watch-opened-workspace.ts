/** The folder watcher of the open workspace: it moves to the new folder when the user opens another, and rests while none is open. */
import type { Clock } from "../services/clock";
import { watchWorkspace, type WatchFolder } from "../services/workspace/watch-workspace";
import type { OpenedWorkspace, WorkspaceSession } from "./workspace-session";

/** What the watcher reports to. */
export interface WatchOpenedOptions {
  clock: Clock;
  /** A burst of edits in the open folder ended: reload it. */
  onChange: () => void;
  onProblem: (message: string) => void;
  /** Injected in tests; node:fs `watch` by default. */
  watchFolder?: WatchFolder;
}

/** Watches the folder `session` has open, following switches; returns the function that stops watching. */
export function watchOpenedWorkspace(session: WorkspaceSession, options: WatchOpenedOptions): () => void {
  const start = (opened: OpenedWorkspace) => (opened.dir === null ? () => undefined : watchWorkspace({ ...options, dir: opened.dir }));
  let stopCurrent = start(session.opened());
  const unsubscribe = session.subscribe((opened) => {
    stopCurrent();
    stopCurrent = start(opened);
  });
  return () => {
    unsubscribe();
    stopCurrent();
  };
}
