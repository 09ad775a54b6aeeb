import { describe, expect, it, vi } from "vitest";
import { app, fakeElectron, recorded } from "./fake-electron";
import { EMBEDDED_WORKSPACE_DIR } from "../../../main/services/workspace/load-workspace";
import { inMemoryElectronStore } from "./in-memory-electron-store";

vi.mock("electron", () => fakeElectron);
vi.mock("electron-store", () => ({ default: inMemoryElectronStore() }));

describe("quitting the app", () => {
  it("stops the desk before the tray is destroyed, so nothing touches a destroyed object, and then quits", async () => {
    process.env.OCD_WORKSPACE = EMBEDDED_WORKSPACE_DIR;
    await import("../../../main/index");
    app.becomeReady();
    // The demo desk runs: the tray names who is on call.
    await vi.waitFor(() => expect(recorded.trays[0]?.tooltip).toMatch(/On call: \S/));

    app.quit();
    await vi.waitFor(() => expect(app.exited).toBe(true));
    // Let any cleanup still in flight run: none of it may reach the destroyed tray.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(recorded.usedAfterDestroy).toEqual([]);
    // The tray feed let go of the tray (it shows "not known") before the tray went away, and only then did the app quit.
    expect(recorded.lifecycle.filter((step) => !step.startsWith("window"))).toEqual([expect.stringMatching(/^tray destroyed showing "On-Call Desk — .* — On call: not known — nothing late"$/), "quit"]);
    delete process.env.OCD_WORKSPACE;
  });
});
