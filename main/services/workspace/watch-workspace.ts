/**
 * Watches a workspace folder and calls `onChange` once per burst of edits: a `git pull` or an
 * editor's atomic save touches several files within milliseconds, and one reload should follow.
 */
import { watch as fsWatch } from "node:fs";
import path from "node:path";
import type { Clock } from "../clock";

/** The part of a file watcher we use (node:fs `watch` returns one). */
export interface FolderWatcher {
  close(): void;
  on(event: "error", listener: (error: Error) => void): unknown;
}

/** Starts watching one folder (not recursively); `file` is the changed name within it, when the OS tells. */
export type WatchFolder = (dir: string, listener: (event: string, file: string | null) => void) => FolderWatcher;

/** What to watch and whom to tell. */
export interface WatchWorkspaceOptions {
  dir: string;
  clock: Clock;
  onChange: () => void;
  /** Quiet time after the last event before `onChange`; default 300 ms. */
  debounceMs?: number;
  /** Injected in tests; node:fs `watch` by default. */
  watchFolder?: WatchFolder;
  /** A watcher that cannot start or fails later: said once, never thrown. */
  onProblem?: (message: string) => void;
}

const WORKSPACE_FILES = new Set(["workspace.yaml", "risks.yaml", "runbooks"]);

const nodeWatchFolder: WatchFolder = (dir, listener) => fsWatch(dir, { persistent: false }, (event, file) => listener(event, file === null ? null : String(file)));

/** Watches `dir` and `dir/runbooks`; returns the function that stops watching. */
export function watchWorkspace(options: WatchWorkspaceOptions): () => void {
  const watchFolder = options.watchFolder ?? nodeWatchFolder;
  const debounceMs = options.debounceMs ?? 300;
  const watchers: FolderWatcher[] = [];
  let cancelPending: (() => void) | undefined;
  let stopped = false;

  const changed = () => {
    if (stopped) return;
    cancelPending?.();
    cancelPending = options.clock.setTimer(() => {
      cancelPending = undefined;
      if (!stopped) options.onChange();
    }, debounceMs);
  };

  // Only the files a workspace consists of count: .git/, editor swap and backup files do not.
  const relevant = (folder: "root" | "runbooks", file: string | null) =>
    file === null || (folder === "root" ? WORKSPACE_FILES.has(file) : file.endsWith(".md") && !file.startsWith("."));

  for (const [folder, dir] of [["root", options.dir], ["runbooks", path.join(options.dir, "runbooks")]] as const) {
    try {
      const watcher = watchFolder(dir, (_event, file) => {
        if (relevant(folder, file)) changed();
      });
      // Node closes a watcher that errs: from here on only Reload picks up edits of this folder.
      watcher.on("error", (error) => options.onProblem?.(`stopped watching ${dir} for changes: ${error.message}; use Reload after editing`));
      watchers.push(watcher);
    } catch (error) {
      // A workspace without runbooks/ (the validator reports it) or an OS limit on watchers: Reload still works.
      options.onProblem?.(`cannot watch ${dir} for changes (${error instanceof Error ? error.message : String(error)}); use Reload after editing`);
    }
  }

  return () => {
    stopped = true;
    cancelPending?.();
    for (const watcher of watchers) watcher.close();
  };
}
