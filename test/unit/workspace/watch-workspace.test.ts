import { EventEmitter } from "node:events";
import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { systemClock } from "../../../main/services/clock";
import { watchWorkspace, type FolderWatcher, type WatchFolder } from "../../../main/services/workspace/watch-workspace";
import { createFakeClock } from "../../fakes/fake-clock";
import { embeddedFiles, writeWorkspace } from "../../fakes/workspace-files";

/**
 * A WatchFolder whose events the test fires by hand. Copies node:fs's FSWatcher: an error closes
 * the watcher before it is emitted, and a closed watcher delivers no more events.
 */
function fakeFolders() {
  const folders = new Map<string, { listener: (event: string, file: string | null) => void; watcher: FolderWatcher & EventEmitter; closed: boolean }>();
  const watchFolder: WatchFolder = (dir, listener) => {
    const watcher = Object.assign(new EventEmitter(), {
      close() {
        folders.get(dir)!.closed = true;
      },
    });
    const folder = {
      listener: (event: string, file: string | null) => {
        if (!folder.closed) listener(event, file);
      },
      watcher,
      closed: false,
    };
    folders.set(dir, folder);
    return watcher;
  };
  /** What the OS does when a watch fails (a folder deleted, a watcher limit): close, then tell. */
  const fail = (dir: string, error: Error) => {
    const folder = folders.get(dir)!;
    folder.closed = true;
    folder.watcher.emit("error", error);
  };
  return { watchFolder, folders, fail };
}

const stops: Array<() => void> = [];
const dirs: string[] = [];
afterEach(async () => {
  stops.splice(0).forEach((stop) => stop());
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe("watchWorkspace", () => {
  it("reloads once per burst of edits, after the quiet time", async () => {
    const clock = createFakeClock(new Date("2026-11-25T10:00:00Z"));
    const { watchFolder, folders } = fakeFolders();
    let changes = 0;
    stops.push(watchWorkspace({ dir: "/ws", clock, watchFolder, debounceMs: 300, onChange: () => changes++ }));
    folders.get("/ws")!.listener("change", "workspace.yaml");
    await clock.advance(200);
    folders.get(path.join("/ws", "runbooks"))!.listener("rename", "aggregate_profit.md");
    folders.get("/ws")!.listener("change", "risks.yaml");
    await clock.advance(299);
    expect(changes).toBe(0);
    await clock.advance(1);
    expect(changes).toBe(1);
  });

  it("ignores files that are not part of a workspace", async () => {
    const clock = createFakeClock(new Date("2026-11-25T10:00:00Z"));
    const { watchFolder, folders } = fakeFolders();
    let changes = 0;
    stops.push(watchWorkspace({ dir: "/ws", clock, watchFolder, onChange: () => changes++ }));
    folders.get("/ws")!.listener("change", ".git");
    folders.get("/ws")!.listener("rename", ".workspace.yaml.swp");
    folders.get("/ws")!.listener("rename", "workspace.yaml~");
    folders.get(path.join("/ws", "runbooks"))!.listener("rename", ".aggregate_profit.md.swp");
    await clock.advance(10_000);
    expect(changes).toBe(0);
  });

  it("stops: closes every watcher and drops a pending reload", async () => {
    const clock = createFakeClock(new Date("2026-11-25T10:00:00Z"));
    const { watchFolder, folders } = fakeFolders();
    let changes = 0;
    const stop = watchWorkspace({ dir: "/ws", clock, watchFolder, onChange: () => changes++ });
    folders.get("/ws")!.listener("change", "workspace.yaml");
    stop();
    await clock.advance(10_000);
    expect(changes).toBe(0);
    expect([...folders.values()].every((f) => f.closed)).toBe(true);
  });

  it("reports a folder it cannot watch and a watcher that failed; the folders still watched go on", async () => {
    const clock = createFakeClock(new Date("2026-11-25T10:00:00Z"));
    const { watchFolder, folders } = fakeFolders();
    const problems: string[] = [];
    let watched = 0;
    // The first folder asked for (the root) is watched; runbooks/ cannot be.
    const failing: WatchFolder = (dir, listener) => {
      if (dir.endsWith("runbooks")) throw Object.assign(new Error("ENOENT: no such file or directory"), { code: "ENOENT" });
      watched++;
      return watchFolder(dir, listener);
    };
    let changes = 0;
    stops.push(watchWorkspace({ dir: "/ws", clock, watchFolder: failing, onChange: () => changes++, onProblem: (m) => problems.push(m) }));
    expect(watched).toBe(1);
    folders.get("/ws")!.listener("change", "workspace.yaml");
    await clock.advance(300);
    expect(changes).toBe(1);
    expect(problems).toEqual([expect.stringMatching(/cannot watch .*runbooks.*use Reload/)]);
  });

  it("says so when a watcher fails: that folder is no longer watched, the other one is", async () => {
    const clock = createFakeClock(new Date("2026-11-25T10:00:00Z"));
    const { watchFolder, folders, fail } = fakeFolders();
    const problems: string[] = [];
    let changes = 0;
    stops.push(watchWorkspace({ dir: "/ws", clock, watchFolder, onChange: () => changes++, onProblem: (m) => problems.push(m) }));
    fail("/ws", new Error("EMFILE: too many open files"));
    expect(problems).toEqual([expect.stringMatching(/stopped watching \/ws for changes: EMFILE.*; use Reload after editing/)]);
    folders.get("/ws")!.listener("change", "workspace.yaml"); // the OS sends nothing more on a closed watcher
    await clock.advance(10_000);
    expect(changes).toBe(0);
    folders.get(path.join("/ws", "runbooks"))!.listener("change", "aggregate_profit.md");
    await clock.advance(300);
    expect(changes).toBe(1);
  });

  it("sees a real edit of a runbook on disk", async () => {
    const dir = await writeWorkspace(await embeddedFiles());
    dirs.push(dir);
    const changed = new Promise<void>((resolve) => stops.push(watchWorkspace({ dir, clock: systemClock(), debounceMs: 50, onChange: resolve })));
    await writeFile(path.join(dir, "runbooks", "aggregate_profit.md"), "# edited\n\n## Troubleshooting\n1. Step\n");
    await changed; // the test times out if the OS never reports the edit
  });
});
