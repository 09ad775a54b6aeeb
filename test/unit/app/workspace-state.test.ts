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
    expect(listener).toHaveBeenCalledWith(BROKEN);
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
});
