import { describe, expect, it, vi } from "vitest";
import type { WorkspaceResult } from "../../../shared/domain/workspace";
import { createWorkspaceState } from "../../../main/app/workspace-state";

const BROKEN: WorkspaceResult = { ok: false, problems: [] };

describe("createWorkspaceState", () => {
  it("loads once and shares the result", async () => {
    const load = vi.fn(async () => BROKEN);
    const state = createWorkspaceState(load);
    expect(state.latest()).toBeUndefined();
    await Promise.all([state.current(), state.current()]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(state.latest()).toBe(BROKEN);
  });

  it("reloads on demand and tells subscribers until they unsubscribe", async () => {
    const load = vi.fn(async () => BROKEN);
    const state = createWorkspaceState(load);
    const listener = vi.fn();
    const unsubscribe = state.subscribe(listener);
    await state.reload();
    expect(listener).toHaveBeenCalledWith(BROKEN, { switched: false });
    unsubscribe();
    await state.reload();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("does not cache a failed read", async () => {
    const load = vi.fn<() => Promise<WorkspaceResult>>().mockRejectedValueOnce(new Error("EIO")).mockResolvedValue(BROKEN);
    const state = createWorkspaceState(load);
    await expect(state.current()).rejects.toThrow("EIO");
    await expect(state.current()).resolves.toBe(BROKEN);
  });

  it("switches to another workspace: subscribers hear it as a switch, and a read of the old one still in flight is not taken for the new", async () => {
    const OTHER: WorkspaceResult = { ok: false, problems: [{ file: ".", line: 1, col: 1, path: "", message: "other" }] };
    let finishOld: ((result: WorkspaceResult) => void) | undefined;
    const state = createWorkspaceState(() => new Promise<WorkspaceResult>((resolve) => (finishOld = resolve)));
    const heard: [WorkspaceResult, { switched: boolean }][] = [];
    state.subscribe((result, change) => heard.push([result, change]));
    const oldReload = state.reload();
    const switched = state.switchTo(async () => OTHER);
    await expect(switched).resolves.toBe(OTHER);
    finishOld?.(BROKEN);
    // The old folder's reload answers with the new workspace and tells nobody about the old one.
    await expect(oldReload).resolves.toBe(OTHER);
    expect(heard).toEqual([[OTHER, { switched: true }]]);
    expect(state.latest()).toBe(OTHER);
    await expect(state.current()).resolves.toBe(OTHER);
  });
});
