import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { APP_ID } from "../../../main/app/app-id";
import { applyLoginItem, autostartEntry, followStartAtLogin, launchedAtLogin, startsAtLogin, xdgAutostartDir, type LoginItemDeps } from "../../../main/app/login-item";
import { memoryStore } from "../../../main/services/alerts/key-value-store";
import { createSettingsService } from "../../../main/services/settings/settings-service";

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function deps(platform: NodeJS.Platform, command = ["/opt/On-Call Desk/oncall-desk"]) {
  const home = await mkdtemp(path.join(tmpdir(), "ocd-home-"));
  dirs.push(home);
  const setLoginItemSettings = vi.fn();
  const value: LoginItemDeps = { platform, setLoginItemSettings, autostartDir: xdgAutostartDir({}, home), appId: APP_ID, productName: "On-Call Desk", command };
  return { home, setLoginItemSettings, deps: value };
}

describe("start at login", () => {
  it("is on by default once a workspace is chosen, and the user's setting wins", () => {
    expect(startsAtLogin({ startAtLogin: null, workspace: null })).toBe(false);
    expect(startsAtLogin({ startAtLogin: null, workspace: { kind: "demo" } })).toBe(true);
    expect(startsAtLogin({ startAtLogin: false, workspace: { kind: "folder", dir: "/ws" } })).toBe(false);
    expect(startsAtLogin({ startAtLogin: true, workspace: null })).toBe(true);
  });

  it("on Linux writes an XDG autostart entry that starts the app with --login, and removes it when turned off", async () => {
    const { home, deps: linux, setLoginItemSettings } = await deps("linux");
    await applyLoginItem(true, linux);
    const file = path.join(home, ".config", "autostart", "io.oncalldesk.app.desktop");
    expect(await readFile(file, "utf8")).toBe(
      [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.0",
        "Name=On-Call Desk",
        "Comment=Who is on call, and whether any pipeline is late",
        'Exec="/opt/On-Call Desk/oncall-desk" --login',
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        "",
      ].join("\n"),
    );
    await applyLoginItem(false, linux);
    expect(await readdir(path.dirname(file))).toEqual([]);
    // Turning off what was never on is fine.
    await applyLoginItem(false, linux);
    expect(setLoginItemSettings).not.toHaveBeenCalled();
  });

  it("honours XDG_CONFIG_HOME and quotes what the desktop entry spec says must be escaped", () => {
    expect(xdgAutostartDir({ XDG_CONFIG_HOME: "/cfg" }, "/home/me")).toBe(path.join("/cfg", "autostart"));
    expect(xdgAutostartDir({ XDG_CONFIG_HOME: "" }, "/home/me")).toBe(path.join("/home/me", ".config", "autostart"));
    expect(autostartEntry({ productName: "X", command: ["/a/b.AppImage"] })).toContain("\nExec=/a/b.AppImage --login\n");
    expect(autostartEntry({ productName: "X", command: ['/we"ird $dir/app'] })).toContain('\nExec="/we\\"ird \\$dir/app" --login\n');
  });

  it("on macOS and Windows sets Electron's login item; Windows passes --login to the registered command", async () => {
    const mac = await deps("darwin", ["/Applications/On-Call Desk.app/Contents/MacOS/On-Call Desk"]);
    await applyLoginItem(true, mac.deps);
    expect(mac.setLoginItemSettings).toHaveBeenLastCalledWith({ openAtLogin: true });
    await applyLoginItem(false, mac.deps);
    expect(mac.setLoginItemSettings).toHaveBeenLastCalledWith({ openAtLogin: false });
    const win = await deps("win32", ["C:\\Program Files\\On-Call Desk\\On-Call Desk.exe"]);
    await applyLoginItem(true, win.deps);
    expect(win.setLoginItemSettings).toHaveBeenLastCalledWith({ openAtLogin: true, path: "C:\\Program Files\\On-Call Desk\\On-Call Desk.exe", args: ["--login"] });
    expect(await readdir(mac.home)).toEqual([]);
  });

  it("knows when it was started at login: --login on Windows and Linux, wasOpenedAtLogin on macOS", () => {
    const openedAtLogin = () => ({ wasOpenedAtLogin: true }) as ReturnType<Parameters<typeof launchedAtLogin>[2]>;
    const notAtLogin = () => ({ wasOpenedAtLogin: false }) as ReturnType<Parameters<typeof launchedAtLogin>[2]>;
    expect(launchedAtLogin("linux", ["/opt/app", "--login"], notAtLogin)).toBe(true);
    expect(launchedAtLogin("win32", ["app.exe"], openedAtLogin)).toBe(false);
    expect(launchedAtLogin("darwin", ["/Applications/x"], openedAtLogin)).toBe(true);
    expect(launchedAtLogin("darwin", ["/Applications/x", "--login"], notAtLogin)).toBe(false);
  });

  it("follows the settings: applied at start and whenever its effect changes, and a failure is reported", async () => {
    const settings = createSettingsService(memoryStore());
    const applied: boolean[] = [];
    const problems: string[] = [];
    const stop = followStartAtLogin(settings, async (enabled) => void applied.push(enabled), (m) => problems.push(m));
    expect(applied).toEqual([false]);
    settings.update({ workspace: { kind: "demo" } });
    settings.update({ theme: "dark" });
    expect(applied).toEqual([false, true]);
    settings.update({ startAtLogin: false });
    expect(applied).toEqual([false, true, false]);
    stop();
    settings.update({ startAtLogin: true });
    expect(applied).toEqual([false, true, false]);

    const failing = followStartAtLogin(createSettingsService(memoryStore()), async () => Promise.reject(new Error("EACCES: permission denied")), (m) => problems.push(m));
    await new Promise((resolve) => setImmediate(resolve));
    expect(problems).toEqual(["cannot remove the login item: EACCES: permission denied"]);
    failing();
  });
});
