/**
 * Start at login: macOS and Windows through Electron's login item settings, Linux through an XDG
 * autostart entry we write ourselves (~/.config/autostart/<appId>.desktop). Started at login, the
 * app opens hidden in the tray: Windows and Linux pass `--login`, macOS says `wasOpenedAtLogin`.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { App } from "electron";
import type { Settings } from "../../shared/domain/settings";
import type { SettingsService } from "../services/settings/settings-service";

/** The argument the login item starts the app with (Windows and Linux). */
export const LOGIN_ARG = "--login";

/** Whether the app should start at login: the user's setting, or, by default, on once a workspace is chosen. */
export function startsAtLogin(settings: Pick<Settings, "startAtLogin" | "workspace">): boolean {
  return settings.startAtLogin ?? settings.workspace !== null;
}

/** What the login item is set through. */
export interface LoginItemDeps {
  platform: NodeJS.Platform;
  setLoginItemSettings: App["setLoginItemSettings"];
  /** The folder of XDG autostart entries: `$XDG_CONFIG_HOME/autostart`, by default `~/.config/autostart`. */
  autostartDir: string;
  /** The app's id: the autostart file's name. */
  appId: string;
  /** The name the desktop shows. */
  productName: string;
  /** The command that starts the app: the executable (the AppImage when run from one) and its arguments before LOGIN_ARG. */
  command: readonly string[];
}

/** The XDG autostart folder of a user. */
export function xdgAutostartDir(env: Record<string, string | undefined>, home: string): string {
  return path.join(env.XDG_CONFIG_HOME || path.join(home, ".config"), "autostart");
}

/** One argument of a desktop entry's Exec key, quoted as the Desktop Entry Specification wants. */
function execArg(arg: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(arg)) return arg;
  return `"${arg.replace(/(["`$\\])/g, "\\$1")}"`;
}

/** The autostart entry that starts the app hidden in the tray. */
export function autostartEntry(deps: Pick<LoginItemDeps, "productName" | "command">): string {
  return [
    "[Desktop Entry]",
    "Type=Application",
    "Version=1.0",
    `Name=${deps.productName}`,
    "Comment=Who is on call, and whether any pipeline is late",
    `Exec=${[...deps.command, LOGIN_ARG].map(execArg).join(" ")}`,
    "Terminal=false",
    "X-GNOME-Autostart-enabled=true",
    "",
  ].join("\n");
}

/** Turns the login item on or off. */
export async function applyLoginItem(enabled: boolean, deps: LoginItemDeps): Promise<void> {
  if (deps.platform === "linux") {
    const file = path.join(deps.autostartDir, `${deps.appId}.desktop`);
    if (!enabled) return rm(file, { force: true });
    await mkdir(deps.autostartDir, { recursive: true });
    await writeFile(file, autostartEntry(deps), "utf8");
    return;
  }
  // Windows starts the registered command with its arguments; macOS ignores `args` and reports wasOpenedAtLogin.
  deps.setLoginItemSettings(deps.platform === "win32" ? { openAtLogin: enabled, path: deps.command[0], args: [...deps.command.slice(1), LOGIN_ARG] } : { openAtLogin: enabled });
}

/** True when this run was started by the login item, so the app stays in the tray. */
export function launchedAtLogin(platform: NodeJS.Platform, argv: readonly string[], getLoginItemSettings: App["getLoginItemSettings"]): boolean {
  if (platform === "darwin") return getLoginItemSettings().wasOpenedAtLogin;
  return argv.includes(LOGIN_ARG);
}

/** Applies the start-at-login setting now and whenever its effect changes; returns the function that stops following. */
export function followStartAtLogin(settings: SettingsService, apply: (enabled: boolean) => Promise<void>, onProblem: (message: string) => void): () => void {
  let applied: boolean | undefined;
  const follow = () => {
    const enabled = startsAtLogin(settings.get());
    if (enabled === applied) return;
    applied = enabled;
    apply(enabled).catch((error: unknown) => onProblem(`cannot ${enabled ? "set" : "remove"} the login item: ${error instanceof Error ? error.message : String(error)}`));
  };
  follow();
  return settings.subscribe(follow);
}
