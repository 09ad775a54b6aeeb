import { describe, expect, it, vi } from "vitest";
import { createLiveDesk } from "../../../main/app/live-desk";
import { createWorkspaceState, type WorkspaceState } from "../../../main/app/workspace-state";
import type { StatusMonitor } from "../../../main/services/status/monitor";
import { loadWorkspace } from "../../../main/services/workspace/load-workspace";
import type { WorkspaceResult } from "../../../shared/domain/workspace";

const INVALID: WorkspaceResult = { ok: false, problems: [{ file: "workspace.yaml", line: 1, col: 1, path: "", message: "x" }] };

function fakeMonitor() {
  return { start: vi.fn(), stop: vi.fn(async () => undefined) } as unknown as StatusMonitor & { start: ReturnType<typeof vi.fn>; stop: ReturnType<typeof vi.fn> };
}

/** A live desk over `workspace` whose monitors are kept, in the order they were built. */
function recordedDesk(workspace: WorkspaceState) {
  const monitors: ReturnType<typeof fakeMonitor>[] = [];
  const live = createLiveDesk(workspace, () => {
    const monitor = fakeMonitor();
    monitors.push(monitor);
    return monitor;
  });
  return { monitors, live };
}

describe("the live desk", () => {
  it("has no desk while no valid workspace was ever loaded", async () => {
    const workspace = createWorkspaceState(async () => INVALID);
    const live = createLiveDesk(workspace, () => fakeMonitor());
    expect(await live.current()).toBeUndefined();
    await workspace.reload();
    expect(await live.current()).toBeUndefined();
    await live.stop();
  });

  it("starts one desk per valid workspace, attaches before its first poll and follows reloads", async () => {
    const valid = await loadWorkspace();
    let next: WorkspaceResult = valid;
    const workspace = createWorkspaceState(async () => next);
    const { monitors, live } = recordedDesk(workspace);
    const events: string[] = [];
    live.attach((desk) => {
      events.push(`attach ${monitors.indexOf(desk.monitor as never)} started=${(desk.monitor as ReturnType<typeof fakeMonitor>).start.mock.calls.length}`);
      return () => events.push("detach");
    });

    const first = await live.current();
    expect(first?.schedule).toBeDefined();
    expect(await live.current()).toBe(first);
    expect(monitors[0]?.start).toHaveBeenCalledTimes(1);

    // A broken edit keeps the last valid desk watching the pipelines.
    next = INVALID;
    await workspace.reload();
    expect(await live.current()).toBe(first);
    expect(monitors[0]?.stop).not.toHaveBeenCalled();

    next = valid;
    await workspace.reload();
    expect(await live.current()).not.toBe(first);
    expect(monitors[0]?.stop).toHaveBeenCalledTimes(1);
    expect(events).toEqual(["attach 0 started=0", "detach", "attach 1 started=0"]);

    await live.stop();
    expect(monitors[1]?.stop).toHaveBeenCalledTimes(1);
    expect(events.at(-1)).toBe("detach");
  });

  it("stops the desk when another workspace is opened, even one with problems: its pipelines are no longer watched", async () => {
    const valid = await loadWorkspace();
    const workspace = createWorkspaceState(async () => valid);
    const { monitors, live } = recordedDesk(workspace);
    const first = await live.current();
    expect(first).toBeDefined();
    await workspace.switchTo(async () => INVALID);
    expect(await live.current()).toBeUndefined();
    expect(monitors[0]?.stop).toHaveBeenCalledTimes(1);
    // Opening a valid one starts a desk for it.
    await workspace.switchTo(async () => valid);
    const second = await live.current();
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    await live.stop();
  });
});

