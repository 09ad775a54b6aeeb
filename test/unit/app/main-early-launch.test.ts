import { describe, expect, it, vi } from "vitest";
import { app, fakeElectron, recorded } from "./fake-electron";
import { inMemoryElectronStore } from "./in-memory-electron-store";

vi.mock("electron", () => fakeElectron);
vi.mock("electron-store", () => ({ default: inMemoryElectronStore() }));

describe("a second launch before the app is ready", () => {
  it("is handled once the app is ready: no window before ready (Electron would throw), one window after", async () => {
    await import("../../../main/index");
    // The user double-clicks the app again, and clicks the Dock icon, while it is still starting.
    expect(() => app.emit("second-instance", {}, [], "/")).not.toThrow();
    expect(() => app.emit("activate")).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(recorded.windows).toHaveLength(0);

    app.becomeReady();
    await vi.waitFor(() => expect(recorded.trays).toHaveLength(1));
    await vi.waitFor(() => expect(recorded.windows[0]?.visible).toBe(true));
    expect(recorded.windows).toHaveLength(1);
    // A first run with no workspace chosen: the tray says so, and nothing is polled.
    expect(recorded.trays[0]?.tooltip).toBe("On-Call Desk — no workspace chosen — On call: not known — nothing late");
    expect(recorded.notifications).toEqual([]);
    app.quit();
    await vi.waitFor(() => expect(app.exited).toBe(true));
  });
});
