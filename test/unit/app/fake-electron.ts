/** A recording stand-in for the `electron` module, enough to run main/index.ts under vitest. */
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
};

class FakeWebContents extends EventEmitter {
  constructor(readonly id: number) {
    super();
  }
  windowOpenHandler: Listener | undefined;
  setWindowOpenHandler(handler: Listener) {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown) {
    recorded.sent.push({ channel, payload });
  }
}

class FakeBrowserWindow extends EventEmitter {
  static getAllWindows = () => recorded.windows;
  readonly webContents = new FakeWebContents(recorded.windows.length + 1);
  url: string | undefined;
  visible = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    recorded.windows.push(this);
    app.emit("web-contents-created", {}, this.webContents);
  }
  async loadURL(url: string) {
    this.url = url;
  }
  show() {
    this.visible = true;
  }
  hide() {
    this.visible = false;
  }
  focus() {}
  isDestroyed() {
    return false;
  }
}

class FakeTray extends EventEmitter {
  title = "";
  tooltip = "";
  constructor(readonly image: unknown) {
    super();
    recorded.trays.push(this);
  }
  setImage() {}
  setTitle(title: string) {
    this.title = title;
  }
  setToolTip(tooltip: string) {
    this.tooltip = tooltip;
  }
  setContextMenu() {}
  destroy() {}
}

class FakeNotification extends EventEmitter {
  static isSupported = () => true;
  shown = false;
  constructor(readonly options: { title: string; body: string }) {
    super();
    recorded.notifications.push(this);
  }
  show() {
    this.shown = true;
  }
  close() {}
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  private readyResolve: (() => void) | undefined;
  private readonly ready = new Promise<void>((resolve) => (this.readyResolve = resolve));
  enableSandbox() {
    recorded.sandboxEnabled = true;
  }
  setPath() {}
  requestSingleInstanceLock() {
    return true;
  }
  quit() {}
  getName() {
    return "oncall-desk";
  }
  getVersion() {
    return "0.1.0";
  }
  getAppPath() {
    return path.resolve(import.meta.dirname, "../../..");
  }
  whenReady() {
    return this.ready;
  }
  /** Test hook: fires `ready`. */
  becomeReady() {
    this.readyResolve?.();
  }
}

/** The fake `app`. */
export const app = new FakeApp();

/** The fake module's exports, shaped like electron's. */
export const fakeElectron = {
  app,
  BrowserWindow: FakeBrowserWindow,
  Tray: FakeTray,
  ipcMain: {
    handle: (channel: string, listener: Listener) => recorded.ipcHandlers.set(channel, listener),
    removeHandler: (channel: string) => recorded.ipcHandlers.delete(channel),
  },
  // The user cancels every save dialog: main/index.ts only wires it, the adapter has its own test.
  dialog: { showSaveDialog: async () => ({ canceled: true, filePath: "" }) },
  Menu: { buildFromTemplate: (template: unknown) => template },
  nativeImage: { createFromPath: (file: string) => ({ file }) },
  net: { fetch: async (url: string) => new Response(url) },
  Notification: FakeNotification,
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
