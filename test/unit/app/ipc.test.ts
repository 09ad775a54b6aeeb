import { describe, expect, it, vi } from "vitest";
import type { IpcMainInvokeEvent } from "electron";
import type { WorkspaceResult } from "../../../shared/domain/workspace";
import { createHandlers, forwardEvents, noWorkspaceChoice, type Handlers } from "../../../main/app/handlers";
import { guardedCall, IpcRejection, originOf, trustOwnOrigins } from "../../../main/app/ipc-guard";
import { registerIpc, type IpcMainLike } from "../../../main/app/ipc";
import { APP_ORIGIN } from "../../../main/app/app-protocol";
import { createWorkspaceState } from "../../../main/app/workspace-state";
import { createLiveDesk } from "../../../main/app/live-desk";
import { noSaveDialog } from "../../../main/app/save-file";
import { memorySecretStore } from "../../../main/services/secrets/secret-store";
import { memoryStore } from "../../../main/services/alerts/key-value-store";
import { createSettingsService } from "../../../main/services/settings/settings-service";
import { createHandoffStore } from "../../../main/services/incidents/handoff-store";
import { createIncidentService } from "../../../main/services/incidents/incident-service";
import { createFakeClock } from "../../fakes/fake-clock";
import { EXPECTED_INVOKE_CHANNELS } from "./expected-channels";

type Listener = (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>;

const OWN_WEB_CONTENTS = 7;
const RESULT: WorkspaceResult = { ok: false, problems: [{ file: "workspace.yaml", line: 3, col: 1, path: "team", message: "x" }] };

function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  const ipcMain = {
    handle: (channel: string, listener: Listener) => listeners.set(channel, listener),
    removeHandler: (channel: string) => listeners.delete(channel),
  } as unknown as IpcMainLike;
  return { ipcMain, listeners };
}

function event(webContentsId: number, frameUrl: string | null): IpcMainInvokeEvent {
  return { sender: { id: webContentsId }, senderFrame: frameUrl === null ? null : { url: frameUrl } } as unknown as IpcMainInvokeEvent;
}

function setup() {
  const load = vi.fn(async () => RESULT);
  const workspace = createWorkspaceState(load);
  // The workspace is invalid, so no desk (and no monitor) is ever built.
  const desk = createLiveDesk(workspace, () => {
    throw new Error("no monitor for an invalid workspace");
  });
  const services = { appInfo: { name: "oncall-desk", version: "1.2.3", workspaceDir: "/ws", embeddedWorkspace: true, workspaceOrigin: "demo" as const }, workspace, desk, clock: createFakeClock(), secrets: { store: memorySecretStore(), env: {} }, saveFile: noSaveDialog, settings: createSettingsService(memoryStore()), chooseWorkspace: noWorkspaceChoice, incidents: createIncidentService({ stateDir: undefined }), handoffs: createHandoffStore(undefined) };
  const handlers = createHandlers(services);
  const { ipcMain, listeners } = fakeIpcMain();
  const unregister = registerIpc(ipcMain, handlers, trustOwnOrigins([APP_ORIGIN]), (id) => id === OWN_WEB_CONTENTS);
  const call = (channel: string, payload: unknown, from = event(OWN_WEB_CONTENTS, `${APP_ORIGIN}/index.html`)) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(from, payload);
  };
  return { services, load, listeners, unregister, call };
}

describe("ipc wiring", () => {
  it("registers one guarded handler per contract channel and removes them all", () => {
    const { listeners, unregister } = setup();
    expect([...listeners.keys()].sort()).toEqual(EXPECTED_INVOKE_CHANNELS);
    unregister();
    expect(listeners.size).toBe(0);
  });

  it("answers trusted calls with valid payloads", async () => {
    const { call, load } = setup();
    await expect(call("app:info", {})).resolves.toMatchObject({ version: "1.2.3", embeddedWorkspace: true });
    await expect(call("workspace:get", {})).resolves.toEqual(RESULT);
    await expect(call("workspace:get", {})).resolves.toEqual(RESULT);
    expect(load).toHaveBeenCalledTimes(1);
    await call("workspace:reload", {});
    expect(load).toHaveBeenCalledTimes(2);
    // Without a valid workspace there is no status, schedule, escalation or KPI to give.
    await expect(call("status:get", {})).resolves.toBeNull();
    await expect(call("kpis:get", { days: 7 })).resolves.toBeNull();
    await expect(call("oncall:now", {})).resolves.toBeNull();
    await expect(call("escalation:get", { pipelineId: "aggregate_profit" })).resolves.toBeNull();
  });

  it.each([
    ["extra keys", { dir: "/etc" }],
    ["null", null],
    ["a string", "{}"],
    ["an array", []],
    ["undefined", undefined],
  ])("rejects a payload that is %s, before the handler runs", async (_name, payload) => {
    const { call, load } = setup();
    await expect(call("workspace:get", payload)).rejects.toThrow(/workspace:get: invalid request/);
    await expect(call("workspace:reload", payload)).rejects.toBeInstanceOf(IpcRejection);
    expect(load).not.toHaveBeenCalled();
  });

  it.each([
    ["another web contents", event(99, `${APP_ORIGIN}/index.html`)],
    ["a foreign https origin", event(OWN_WEB_CONTENTS, "https://evil.example/index.html")],
    ["a look-alike host", event(OWN_WEB_CONTENTS, "app://oncall-desk.evil/index.html")],
    ["a file:// page", event(OWN_WEB_CONTENTS, "file:///tmp/index.html")],
    ["a destroyed frame", event(OWN_WEB_CONTENTS, null)],
  ])("rejects a call from %s", async (_name, from) => {
    const { call, load } = setup();
    await expect(call("workspace:reload", {}, from)).rejects.toThrow(/untrusted sender/);
    expect(load).not.toHaveBeenCalled();
  });
});

describe("guardedCall", () => {
  const handlers = { "app:info": vi.fn(), "workspace:get": vi.fn(), "workspace:reload": vi.fn() } as unknown as Handlers;
  const trusted = { ownWindow: true, frameUrl: `${APP_ORIGIN}/` };

  it.each(["nope", "__proto__", "constructor", "toString"])("rejects the undeclared channel %s", async (channel) => {
    await expect(guardedCall(handlers, channel, {}, trusted, () => true)).rejects.toThrow(/unknown channel/);
  });

  it("checks the sender before it looks at the payload", async () => {
    await expect(guardedCall(handlers, "app:info", "garbage", trusted, () => false)).rejects.toThrow(/untrusted sender/);
  });
});

describe("trust policy", () => {
  it("builds origins for custom schemes, which WHATWG would call opaque", () => {
    expect(originOf("app://oncall-desk/index.html")).toBe(APP_ORIGIN);
    expect(originOf("http://127.0.0.1:5173/x")).toBe("http://127.0.0.1:5173");
    expect(originOf("about:blank")).toBeUndefined();
    expect(originOf("not a url")).toBeUndefined();
  });

  it("needs both an own window and a trusted origin", () => {
    const policy = trustOwnOrigins([APP_ORIGIN]);
    expect(policy({ ownWindow: true, frameUrl: `${APP_ORIGIN}/index.html` })).toBe(true);
    expect(policy({ ownWindow: false, frameUrl: `${APP_ORIGIN}/index.html` })).toBe(false);
    expect(policy({ ownWindow: true, frameUrl: undefined })).toBe(false);
  });
});

describe("events", () => {
  it("forwards workspace reloads as workspace:changed until stopped", async () => {
    const { services } = setup();
    const emit = vi.fn();
    const stop = forwardEvents(services, emit);
    await services.workspace.reload();
    expect(emit).toHaveBeenCalledWith("workspace:changed", { ok: false });
    stop();
    await services.workspace.reload();
    expect(emit).toHaveBeenCalledTimes(1);
  });

  it("forwards settings changes as settings:changed, with the settings as saved", () => {
    const { services } = setup();
    const emit = vi.fn();
    const stop = forwardEvents(services, emit);
    services.settings.update({ theme: "dark" });
    expect(emit).toHaveBeenCalledWith("settings:changed", expect.objectContaining({ theme: "dark", workspace: null }));
    stop();
    services.settings.update({ theme: "light" });
    expect(emit).toHaveBeenCalledTimes(1);
  });
});
