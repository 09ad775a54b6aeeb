import { existsSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { app, fakeElectron, recorded } from "./fake-electron";

vi.mock("electron", () => fakeElectron);

/** Lets the promise chain after `whenReady` run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("main/index.ts with a fake electron", () => {
  it("hardens the app before ready, then wires protocol, IPC, tray and a sandboxed window", async () => {
    await import("../../../main/index");
    expect(recorded.sandboxEnabled).toBe(true);
    expect(recorded.privilegedSchemes).toEqual([{ scheme: "app", privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(recorded.windows).toHaveLength(0);

    app.becomeReady();
    await settle();

    expect(recorded.permissionRequestHandler).toBeDefined();
    expect(recorded.permissionCheckHandler?.()).toBe(false);
    expect([...recorded.protocolHandlers.keys()]).toEqual(["app"]);
    expect([...recorded.ipcHandlers.keys()].sort()).toEqual(["app:info", "workspace:get", "workspace:reload"]);
    expect(recorded.trays).toHaveLength(1);
    expect(recorded.trays[0]?.tooltip).toBe("On-Call Desk — On call: not known — nothing late");
    const trayImage = recorded.trays[0]?.image as { file: string };
    expect(existsSync(trayImage.file), trayImage.file).toBe(true);

    const [window] = recorded.windows;
    expect(window?.url).toBe("app://oncall-desk/index.html");
    expect(window?.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(window?.webContents.windowOpenHandler?.({ url: "https://evil.example/" })).toEqual({ action: "deny" });

    // The real services answer through the registered handler: the embedded workspace validates.
    const call = recorded.ipcHandlers.get("workspace:get");
    const fromWindow = { sender: { id: window?.webContents.id }, senderFrame: { url: "app://oncall-desk/index.html" } };
    await expect(call?.(fromWindow, {})).resolves.toMatchObject({ ok: true, workspace: { team: expect.any(Array) } });
    await expect(call?.({ ...fromWindow, sender: { id: 999 } }, {})).rejects.toThrow(/untrusted sender/);

    // A reload reaches the windows as an event.
    await recorded.ipcHandlers.get("workspace:reload")?.(fromWindow, {});
    expect(recorded.sent).toContainEqual({ channel: "workspace:changed", payload: { ok: true } });
  });
});
