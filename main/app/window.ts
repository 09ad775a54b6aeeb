/** The main window and the hardening every web contents gets (Electron's security checklist). */
import type { BrowserWindow, BrowserWindowConstructorOptions, WebContents, WebPreferences } from "electron";
import type { ExternalLinkPolicy } from "./external-links";

/** The web preferences of every window: isolated, sandboxed, no Node, web security on. */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
  };
}

/** What web-contents hardening needs from the outside world. */
export interface NavigationGuard {
  /** Links the user may open in the browser. */
  allowExternal: ExternalLinkPolicy;
  /** Opens a URL in the user's browser (shell.openExternal). */
  openExternal: (url: string) => Promise<void>;
}

/** The events and handlers hardening touches, so tests pass a fake. */
export type HardenableContents = Pick<WebContents, "setWindowOpenHandler" | "on">;

/**
 * Denies every new window and every navigation away from the loaded page; an allowed https
 * link is handed to the browser instead. Apply to all web contents (app "web-contents-created").
 */
export function hardenWebContents(contents: HardenableContents, guard: NavigationGuard): void {
  const openOutside = (url: string) => {
    if (guard.allowExternal(url)) void guard.openExternal(url);
  };
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: "deny" };
  });
  // The renderer is a single page: it never needs to navigate, so any navigation is refused.
  contents.on("will-navigate", (event, url) => {
    event.preventDefault();
    openOutside(url);
  });
  contents.on("will-redirect", (event) => event.preventDefault());
  contents.on("will-attach-webview", (event) => event.preventDefault());
}

/** How the main window is made and what it shows. */
export interface MainWindowOptions {
  createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow;
  preloadPath: string;
  /** The renderer's entry (app://… in production, the dev server in `electron-vite dev`). */
  url: string;
  /** True while the app is quitting: until then, closing the window only hides it (the tray stays). */
  isQuitting: () => boolean;
}

/** Creates the main window, hidden until its first paint so it never flashes white. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = options.createWindow({
    width: 1100,
    height: 760,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: "On-Call Desk",
    backgroundColor: "#f6f7f9",
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  window.once("ready-to-show", () => window.show());
  window.on("close", (event) => {
    if (options.isQuitting()) return;
    event.preventDefault();
    window.hide();
  });
  void window.loadURL(options.url);
  return window;
}
