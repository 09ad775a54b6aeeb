import { EventEmitter } from "node:events";
import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { systemClock } from "../../../main/services/clock";
import { watchWorkspace, type FolderWatcher, type WatchFolder } from "../../../main/services/workspace/watch-workspace";
import { createFakeClock } from "../../fakes/fake-clock";
import { embeddedFiles, writeWorkspace } from "../../fakes/workspace-files";

/** A WatchFolder whose events the test fires by hand. */
function fakeFolders() {
  const folders = new Map<string, { listener: (event: string, file: string | null) => void; watcher: FolderWatcher & EventEmitter; closed: boolean }>();
  const watchFolder: WatchFolder = (dir, listener) => {
    const watcher = Object.assign(new EventEmitter(), {
      close() {
        folders.get(dir)!.closed = true;
      },
    });
    folders.set(dir, { listener, watcher, closed: false });
    return watcher;
  };
  return { watchFolder, folders };
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

  it("reports a folder it cannot watch and a watcher error, and keeps going", async () => {
    const clock = createFakeClock(new Date("2026-11-25T10:00:00Z"));
    const { watchFolder, folders } = fakeFolders();
    const problems: string[] = [];
    const failing: WatchFolder = (dir, listener) => {
      if (dir.endsWith("runbooks")) throw Object.assign(new Error("ENOENT: no such file or directory"), { code: "ENOENT" });
      return watchFolder(dir, listener);
    };
    let changes = 0;
    stops.push(watchWorkspace({ dir: "/ws", clock, watchFolder: failing, onChange: () => changes++, onProblem: (m) => problems.push(m) }));
    folders.get("/ws")!.watcher.emit("error", new Error("EMFILE"));
    folders.get("/ws")!.listener("change", "workspace.yaml");
    await clock.advance(300);
    expect(changes).toBe(1);
    expect(problems).toEqual([expect.stringMatching(/cannot watch .*runbooks.*use Reload/), expect.stringMatching(/stopped watching \/ws .*EMFILE/)]);
  });

  it("sees a real edit of a runbook on disk", async () => {
    const dir = await writeWorkspace(await embeddedFiles());
    dirs.push(dir);
    const changed = new Promise<void>((resolve) => stops.push(watchWorkspace({ dir, clock: systemClock(), debounceMs: 50, onChange: resolve })));
    await writeFile(path.join(dir, "runbooks", "aggregate_profit.md"), "# edited\n\n## Troubleshooting\n1. Step\n");
    await changed; // the test times out if the OS never reports the edit
  });
});
