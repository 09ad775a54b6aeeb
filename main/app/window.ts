/** The main window and the hardening every web contents gets (Electron's security checklist). */
import type { BrowserWindow as ElectronWindow, BrowserWindowConstructorOptions, WebContents } from "electron";
import type { ExternalLinkPolicy } from "./external-links";

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

/** Electron's BrowserWindow class, or a fake of it in tests. */
export type WindowClass = new (options: BrowserWindowConstructorOptions) => ElectronWindow;

/** What the main window shows and how it behaves. */
export interface MainWindowOptions {
  preloadPath: string;
  /** The renderer's entry (app://… in production, the dev server in `electron-vite dev`). */
  url: string;
  /** True while the app is quitting: until then, closing the window only hides it (the tray stays). */
  isQuitting: () => boolean;
}

/**
 * Creates the main window, hidden until its first paint so it never flashes white. The class is
 * passed in (DESIGN rule 4) under its own name and the web preferences are written out here, so
 * Electronegativity's static checks can see every security setting at the construction site.
 */
export function createMainWindow(BrowserWindow: WindowClass, options: MainWindowOptions): ElectronWindow {
  const window = new BrowserWindow({
    width: 1100,
    height: 760,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: "On-Call Desk",
    backgroundColor: "#f4f5f7",
    webPreferences: {
      preload: options.preloadPath,
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
      // Middle-click would open links in new windows behind the window-open handler's back.
      disableBlinkFeatures: "Auxclick",
    },
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
