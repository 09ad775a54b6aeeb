import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { MenuItemConstructorOptions } from "electron";
import { app, fakeElectron, powerMonitor, recorded } from "./fake-electron";
import { inMemoryElectronStore } from "./in-memory-electron-store";
import { DEFAULT_SETTINGS } from "../../../shared/domain/settings";

vi.mock("electron", () => fakeElectron);
// A machine that chose the demo earlier and never touched "start at login" (so it is on by default).
vi.mock("electron-store", () => ({ default: inMemoryElectronStore({ settings: { settings: { ...DEFAULT_SETTINGS, workspace: { kind: "demo" } } } }) }));

const REPO = path.resolve(import.meta.dirname, "../../..");
let configHome = "";
afterAll(async () => {
  delete process.env.XDG_CONFIG_HOME;
  await rm(configHome, { recursive: true, force: true });
});

describe("the installed app started by its login item", () => {
  it("registers itself to start at login, stays hidden in the tray, wakes up with the machine, and opens its window when asked", async () => {
    configHome = await mkdtemp(path.join(tmpdir(), "ocd-config-"));
    process.env.XDG_CONFIG_HOME = configHome;
    process.argv.push("--login");
    app.isPackaged = true;
    // A packaged app finds its resources (the workspace, the tray icons) beside the asar.
    Object.assign(process, { resourcesPath: path.join(REPO, "assets") });
    await import("../../../main/index");
    app.becomeReady();
    await vi.waitFor(() => expect(recorded.trays[0]?.tooltip).toMatch(/\(demo data\) — On call: \S/));

    // Started at login: the tray only, no window.
    expect(recorded.windows).toHaveLength(0);
    // The autostart entry starts this executable with --login.
    const entry = await readFile(path.join(configHome, "autostart", "io.oncalldesk.app.desktop"), "utf8");
    expect(entry).toContain(`\nExec=${process.execPath} --login\n`);
    expect(recorded.appUserModelId).toBeUndefined(); // Windows only

    // The application menu is the minimal one: no View menu with Reload or Toggle Developer Tools.
    const menu = JSON.stringify(recorded.applicationMenu);
    expect(menu).toContain("Open Workspace…");
    expect(menu).not.toMatch(/reload|toggleDevTools|viewMenu/i);

    // Waking from sleep shows the tray afresh (it re-reads who is on call) and listens until quit.
    const tray = recorded.trays[0]!;
    tray.tooltip = "stale";
    powerMonitor.emit("resume");
    expect(tray.tooltip).toMatch(/On call: \S/);
    tray.tooltip = "stale";
    powerMonitor.emit("unlock-screen");
    expect(tray.tooltip).toMatch(/On call: \S/);

    // "Open On-Call Desk" from the tray builds the window then.
    const item = (tray.menu as MenuItemConstructorOptions[]).find((i) => i.label === "Open On-Call Desk");
    (item?.click as () => void)();
    expect(recorded.windows).toHaveLength(1);
    await vi.waitFor(() => expect(recorded.windows[0]?.visible).toBe(true));

    app.quit();
    await vi.waitFor(() => expect(app.exited).toBe(true));
    expect(recorded.usedAfterDestroy).toEqual([]);
    expect(powerMonitor.listenerCount("resume")).toBe(0);
  });
});
