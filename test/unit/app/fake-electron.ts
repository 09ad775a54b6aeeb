/**
 * A recording stand-in for the `electron` module, enough to run main/index.ts under vitest.
 * Each fake says in one line which real behaviour it copies; those with a `destroy()` throw after
 * it as Electron's do, and record the misuse, so a test sees a use-after-destroy even when main
 * swallows the exception in a promise.
 */
import { EventEmitter } from "node:events";
import path from "node:path";
import { fakeSafeStorage } from "../../fakes/fake-safe-storage";

type Listener = (...args: unknown[]) => unknown;

/** Everything the fake records, for assertions. */
export const recorded = {
  sandboxEnabled: false,
  privilegedSchemes: [] as { scheme: string; privileges: Record<string, boolean> }[],
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  ipcHandlers: new Map<string, Listener>(),
  windows: [] as FakeBrowserWindow[],
  trays: [] as FakeTray[],
  permissionRequestHandler: undefined as Listener | undefined,
  permissionCheckHandler: undefined as Listener | undefined,
  sent: [] as { channel: string; payload: unknown }[],
  notifications: [] as FakeNotification[],
  /** Every call made on a destroyed object: Electron throws "Object has been destroyed" for each. */
  usedAfterDestroy: [] as string[],
  /** The order in which the shell's lifecycle steps happened (tray destroyed, window destroyed, quit, …). */
  lifecycle: [] as string[],
  applicationMenu: undefined as unknown,
  loginItem: undefined as Record<string, unknown> | undefined,
  appUserModelId: undefined as string | undefined,
  /** Folders the fake open dialog returns, in order; empty: the user cancels. */
  openDialogAnswers: [] as string[],
};

/** Electron's error for any method called on a destroyed Tray, BrowserWindow or WebContents. */
function destroyedError(what: string, method: string): TypeError {
  recorded.usedAfterDestroy.push(`${what}.${method}`);
  return new TypeError("Object has been destroyed");
}

/** Copies Electron's WebContents: send() and the handlers work until its window is destroyed, then every call throws. */
class FakeWebContents extends EventEmitter {
  destroyed = false;
  constructor(readonly id: number) {
    super();
  }
  windowOpenHandler: Listener | undefined;
  setWindowOpenHandler(handler: Listener) {
    this.alive("setWindowOpenHandler");
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown) {
    this.alive("send");
    recorded.sent.push({ channel, payload });
  }
  isDestroyed() {
    return this.destroyed;
  }
  private alive(method: string) {
    if (this.destroyed) throw destroyedError("webContents", method);
  }
}

/** Copies Electron's BrowserWindow: no window before ready, ready-to-show after loading, show/hide/close events, a preventable close(), and "Object has been destroyed" after destroy(). */
class FakeBrowserWindow extends EventEmitter {
  static getAllWindows = () => recorded.windows.filter((w) => !w.destroyed);
  static getFocusedWindow = () => undefined;
  readonly webContents = new FakeWebContents(recorded.windows.length + 1);
  url: string | undefined;
  visible = false;
  destroyed = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    if (!app.isReady()) throw new Error("Cannot create BrowserWindow before app is ready");
    recorded.windows.push(this);
    app.emit("web-contents-created", {}, this.webContents);
  }
  /** Loads the page; its first paint follows, as `ready-to-show`. */
  async loadURL(url: string) {
    this.alive("loadURL");
    this.url = url;
    setImmediate(() => {
      if (!this.destroyed) this.emit("ready-to-show");
    });
  }
  show() {
    this.alive("show");
    const wasHidden = !this.visible;
    this.visible = true;
    if (wasHidden) this.emit("show");
  }
  hide() {
    this.alive("hide");
    const wasVisible = this.visible;
    this.visible = false;
    if (wasVisible) this.emit("hide");
  }
  isVisible() {
    this.alive("isVisible");
    return this.visible;
  }
  focus() {
    this.alive("focus");
  }
  /** The user (or the app) closes the window: listeners may prevent it, as Electron's `close` event allows. */
  close() {
    this.alive("close");
    let prevented = false;
    this.emit("close", { preventDefault: () => (prevented = true) });
    if (!prevented) this.destroy();
  }
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    this.visible = false;
    this.webContents.destroyed = true;
    recorded.lifecycle.push("window destroyed");
    this.emit("closed");
  }
  isDestroyed() {
    return this.destroyed;
  }
  private alive(method: string) {
    if (this.destroyed) throw destroyedError("BrowserWindow", method);
  }
}

/** Copies Electron's Tray: image, title, tooltip and menu setters, click events, and "Object has been destroyed" for every call after destroy(). */
class FakeTray extends EventEmitter {
  title = "";
  tooltip = "";
  menu: unknown;
  destroyed = false;
  constructor(public image: unknown) {
    super();
    recorded.trays.push(this);
  }
  setImage(image: unknown) {
    this.alive("setImage");
    this.image = image;
  }
  setTitle(title: string) {
    this.alive("setTitle");
    this.title = title;
  }
  setToolTip(tooltip: string) {
    this.alive("setToolTip");
    this.tooltip = tooltip;
  }
  setContextMenu(menu: unknown) {
    this.alive("setContextMenu");
    this.menu = menu;
  }
  destroy() {
    this.alive("destroy");
    this.destroyed = true;
    recorded.lifecycle.push(`tray destroyed showing "${this.tooltip}"`);
  }
  isDestroyed() {
    return this.destroyed;
  }
  private alive(method: string) {
    if (this.destroyed) throw destroyedError("Tray", method);
  }
}

/** Copies Electron's Notification, which has no destroy(): show() displays it, close() dismisses it, click and close are events. */
class FakeNotification extends EventEmitter {
  static isSupported = () => true;
  shown = false;
  closed = false;
  constructor(readonly options: { title: string; body: string }) {
    super();
    recorded.notifications.push(this);
  }
  show() {
    this.shown = true;
  }
  close() {
    this.closed = true;
    this.emit("close", {});
  }
}

/** Copies Electron's app: `ready` once, quit() emits before-quit then will-quit (which may be prevented), then quits. */
class FakeApp extends EventEmitter {
  isPackaged = false;
  quitCount = 0;
  exited = false;
  private readyResolve: (() => void) | undefined;
  private readonly ready = new Promise<void>((resolve) => (this.readyResolve = resolve));
  private isReadyNow = false;
  enableSandbox() {
    recorded.sandboxEnabled = true;
  }
  setPath() {}
  getPath(name: string) {
    return path.join("/fake-user-data", name);
  }
  setAppUserModelId(id: string) {
    recorded.appUserModelId = id;
  }
  requestSingleInstanceLock() {
    return true;
  }
  setLoginItemSettings(settings: Record<string, unknown>) {
    recorded.loginItem = settings;
  }
  getLoginItemSettings() {
    return { openAtLogin: Boolean(recorded.loginItem?.openAtLogin), wasOpenedAtLogin: false };
  }
  quit() {
    this.quitCount += 1;
    let prevented = false;
    this.emit("before-quit", { preventDefault: () => (prevented = true) });
    if (prevented) return;
    this.emit("will-quit", { preventDefault: () => (prevented = true) });
    if (prevented) return;
    this.exit();
  }
  exit() {
    this.exited = true;
    recorded.lifecycle.push("quit");
    this.emit("quit");
  }
  getName() {
    return "oncall-desk";
  }
  getVersion() {
    return "0.1.0";
  }
  getAppPath() {
    return path.resolve(import.meta.dirname, "../../..");
  }
  isReady() {
    return this.isReadyNow;
  }
  whenReady() {
    return this.ready;
  }
  /** Test hook: fires `ready`. */
  becomeReady() {
    this.isReadyNow = true;
    this.readyResolve?.();
  }
}

/** The fake `app`. */
export const app = new FakeApp();

/** The fake powerMonitor: tests emit `resume`, `unlock-screen`. */
export const powerMonitor = new EventEmitter();

/** The fake module's exports, shaped like electron's. */
export const fakeElectron = {
  app,
  BrowserWindow: FakeBrowserWindow,
  Tray: FakeTray,
  ipcMain: {
    handle: (channel: string, listener: Listener) => recorded.ipcHandlers.set(channel, listener),
    removeHandler: (channel: string) => recorded.ipcHandlers.delete(channel),
  },
  dialog: {
    // The user cancels every save dialog: main/index.ts only wires it, the adapter has its own test.
    showSaveDialog: async () => ({ canceled: true, filePath: "" }),
    showOpenDialog: async () => {
      const answer = recorded.openDialogAnswers.shift();
      return answer === undefined ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [answer] };
    },
    showMessageBox: async () => ({ response: 0, checkboxChecked: false }),
  },
  Menu: {
    buildFromTemplate: (template: unknown) => template,
    setApplicationMenu: (menu: unknown) => (recorded.applicationMenu = menu),
  },
  nativeImage: { createFromPath: (file: string) => ({ file }) },
  nativeTheme: { themeSource: "system" },
  net: { fetch: async (url: string) => new Response(url) },
  Notification: FakeNotification,
  powerMonitor,
  protocol: {
    registerSchemesAsPrivileged: (schemes: typeof recorded.privilegedSchemes) => recorded.privilegedSchemes.push(...schemes),
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => recorded.protocolHandlers.set(scheme, handler),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (handler: Listener) => (recorded.permissionRequestHandler = handler),
      setPermissionCheckHandler: (handler: Listener) => (recorded.permissionCheckHandler = handler),
    },
  },
  shell: { openExternal: async () => undefined },
  // A Linux desktop without a keyring: the app must refuse to store secrets.
  safeStorage: fakeSafeStorage({ available: false, backend: "basic_text" }),
};
