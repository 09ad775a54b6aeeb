import { describe, expect, it, vi } from "vitest";
import type { BrowserWindowConstructorOptions, HandlerDetails, WindowOpenHandlerResponse } from "electron";
import { createMainWindow, hardenWebContents, type HardenableContents, type WindowClass } from "../../../main/app/window";
import { allowHttpsHosts, allowSourceLinks, workspaceSourceUrls } from "../../../main/app/external-links";
import { denyAllPermissions, type PermissionSession } from "../../../main/app/session-policy";

type Handler = (event: { preventDefault: () => void }, url: string) => void;

function fakeContents() {
  const handlers = new Map<string, Handler>();
  let openHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | undefined;
  const contents = {
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
    on: (name: string, handler: Handler) => handlers.set(name, handler),
  } as unknown as HardenableContents;
  const fire = (name: string, url: string) => {
    const event = { preventDefault: vi.fn() };
    handlers.get(name)?.(event, url);
    return event.preventDefault.mock.calls.length > 0;
  };
  const open = (url: string) => openHandler?.({ url } as HandlerDetails);
  return { contents, fire, open };
}

describe("hardenWebContents", () => {
  function setup() {
    const openExternal = vi.fn(async () => undefined);
    const fake = fakeContents();
    hardenWebContents(fake.contents, { allowExternal: allowHttpsHosts(() => ["airflow.example.com"]), openExternal });
    return { ...fake, openExternal };
  }

  it("denies every new window and opens only allow-listed https links outside", () => {
    const { open, openExternal } = setup();
    expect(open("https://airflow.example.com/dags/x")).toEqual({ action: "deny" });
    expect(open("https://evil.example/")).toEqual({ action: "deny" });
    expect(open("http://airflow.example.com/")).toEqual({ action: "deny" });
    expect(open("file:///etc/passwd")).toEqual({ action: "deny" });
    expect(openExternal.mock.calls).toEqual([["https://airflow.example.com/dags/x"]]);
  });

  it("blocks navigation, redirects and webviews", () => {
    const { fire, openExternal } = setup();
    expect(fire("will-navigate", "https://evil.example/")).toBe(true);
    expect(fire("will-navigate", "https://airflow.example.com/")).toBe(true);
    expect(fire("will-redirect", "https://evil.example/")).toBe(true);
    expect(fire("will-attach-webview", "")).toBe(true);
    expect(openExternal.mock.calls).toEqual([["https://airflow.example.com/"]]);
  });
});

describe("allowHttpsHosts", () => {
  it("refuses links with credentials, other schemes and garbage", () => {
    const allow = allowHttpsHosts(() => ["airflow.example.com"]);
    expect(allow("https://airflow.example.com/x")).toBe(true);
    expect(allow("https://user:pw@airflow.example.com/x")).toBe(false);
    expect(allow("https://airflow.example.com.evil/x")).toBe(false);
    expect(allow("javascript:alert(1)")).toBe(false);
    expect(allow("not a url")).toBe(false);
  });
});

describe("allowSourceLinks", () => {
  const sources = ["http://airflow.internal:8080/airflow/", "https://airflow3.example.com", "http://spark-history.internal:18080"];
  const allow = allowSourceLinks(() => sources);

  it("opens https links to any source's host, and http links only to exactly an http source's origin", () => {
    expect(allow("http://airflow.internal:8080/airflow/dags/x/grid?dag_run_id=r")).toBe(true);
    expect(allow("http://spark-history.internal:18080/history/app-1/1/")).toBe(true);
    expect(allow("https://airflow3.example.com/dags/x/runs/r")).toBe(true);
    expect(allow("https://airflow.internal/dags/x")).toBe(true);
    // Another port, or http to a source that is https, is another origin: refused.
    expect(allow("http://airflow.internal:9090/")).toBe(false);
    expect(allow("http://airflow3.example.com/dags/x")).toBe(false);
    expect(allow("http://evil.example/")).toBe(false);
    expect(allow("http://user:pw@airflow.internal:8080/")).toBe(false);
    expect(allow("ftp://airflow.internal:8080/")).toBe(false);
    expect(allow("javascript:alert(1)")).toBe(false);
  });

  it("reads the workspace's source URLs at click time, and none while the workspace has problems", () => {
    expect(workspaceSourceUrls(undefined)).toEqual([]);
    expect(workspaceSourceUrls({ ok: false, problems: [] } as unknown as Parameters<typeof workspaceSourceUrls>[0])).toEqual([]);
    const current: string[] = [];
    const policy = allowSourceLinks(() => current);
    expect(policy("http://airflow.internal:8080/")).toBe(false);
    current.push("http://airflow.internal:8080");
    expect(policy("http://airflow.internal:8080/")).toBe(true);
  });
});

describe("createMainWindow", () => {
  function setup(quitting: boolean) {
    const handlers = new Map<string, (event: { preventDefault: () => void }) => void>();
    const window = {
      once: (name: string, handler: () => void) => handlers.set(name, handler),
      on: (name: string, handler: (event: { preventDefault: () => void }) => void) => handlers.set(name, handler),
      show: vi.fn(),
      hide: vi.fn(),
      loadURL: vi.fn(async () => undefined),
    };
    const created: BrowserWindowConstructorOptions[] = [];
    const FakeWindow = function (options: BrowserWindowConstructorOptions) {
      created.push(options);
      return window;
    } as unknown as WindowClass;
    createMainWindow(FakeWindow, { preloadPath: "/out/preload/preload.cjs", url: "app://oncall-desk/index.html", isQuitting: () => quitting });
    return { window, handlers, created };
  }

  it("turns on every item of Electron's security checklist", () => {
    const { created } = setup(false);
    expect(created).toHaveLength(1);
    expect(created[0]?.webPreferences).toMatchObject({
      preload: "/out/preload/preload.cjs",
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      disableBlinkFeatures: "Auxclick",
    });
  });

  it("loads the app URL in a window shown on first paint", () => {
    const { window, handlers, created } = setup(false);
    expect(created[0]?.show).toBe(false);
    expect(window.loadURL).toHaveBeenCalledWith("app://oncall-desk/index.html");
    handlers.get("ready-to-show")?.({ preventDefault: vi.fn() });
    expect(window.show).toHaveBeenCalled();
  });

  it("hides on close while the app runs in the tray, and closes when quitting", () => {
    const running = setup(false);
    const event = { preventDefault: vi.fn() };
    running.handlers.get("close")?.(event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(running.window.hide).toHaveBeenCalled();

    const quitting = setup(true);
    const quitEvent = { preventDefault: vi.fn() };
    quitting.handlers.get("close")?.(quitEvent);
    expect(quitEvent.preventDefault).not.toHaveBeenCalled();
  });
});

describe("denyAllPermissions", () => {
  it("refuses every permission request and check", () => {
    let request: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (handler: typeof request) => (request = handler),
      setPermissionCheckHandler: (handler: typeof check) => (check = handler),
    } as unknown as PermissionSession;
    denyAllPermissions(session);
    const callback = vi.fn();
    request?.({}, "media", callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(check?.()).toBe(false);
  });
});
