import { existsSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { app, fakeElectron, recorded } from "./fake-electron";
import { embeddedFiles, writeWorkspace } from "../../fakes/workspace-files";
import { EXPECTED_INVOKE_CHANNELS } from "./expected-channels";
import { inMemoryElectronStore } from "./in-memory-electron-store";

vi.mock("electron", () => fakeElectron);
// electron-store would write into the real user-data folder.
vi.mock("electron-store", () => ({ default: inMemoryElectronStore() }));

/** Lets the promise chain after `whenReady` run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

// A copy of the embedded workspace, so the test can edit it on disk and see the watcher reload it.
let workspaceDir = "";
afterAll(async () => {
  delete process.env.OCD_WORKSPACE;
  await rm(workspaceDir, { recursive: true, force: true });
});

describe("main/index.ts with a fake electron", () => {
  it("hardens the app before ready, then wires protocol, IPC, tray and a sandboxed window", async () => {
    workspaceDir = await writeWorkspace(await embeddedFiles());
    process.env.OCD_WORKSPACE = workspaceDir;
    await import("../../../main/index");
    expect(recorded.sandboxEnabled).toBe(true);
    expect(recorded.privilegedSchemes).toEqual([{ scheme: "app", privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(recorded.windows).toHaveLength(0);

    app.becomeReady();
    await settle();

    expect(recorded.permissionRequestHandler).toBeDefined();
    expect(recorded.permissionCheckHandler?.()).toBe(false);
    expect([...recorded.protocolHandlers.keys()]).toEqual(["app"]);
    expect([...recorded.ipcHandlers.keys()].sort()).toEqual(EXPECTED_INVOKE_CHANNELS);
    expect(recorded.trays).toHaveLength(1);

    // The demo source is polled at once: the tray names who is on call and counts the late pipelines,
    // and each new alert (the demo plans a late and an at-risk pipeline) becomes one notification.
    await vi.waitFor(() => expect(recorded.trays[0]?.tooltip).toMatch(/^On-Call Desk — .* \(demo data\) — On call: \S.* \((day|evening|night), until \d\d:\d\d\) — [1-9]\d* pipelines? late$/));
    await vi.waitFor(() => expect(recorded.notifications.map((n) => n.options.title).join("\n")).toMatch(/ is late(.|\n)* is at risk| is at risk(.|\n)* is late/));
    expect(recorded.notifications.every((n) => n.shown && /\nOn call: .* · P1: /.test(n.options.body))).toBe(true);
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

    // The fake is a Linux desktop without a keyring: the sources are listed, and storing secrets is refused with the reason.
    await expect(recorded.ipcHandlers.get("sources:list")?.(fromWindow, {})).resolves.toMatchObject({
      sources: [{ id: "demo", kind: "demo", demo: true, secret: "not-needed" }],
      storageRefusal: expect.stringMatching(/no keychain/),
    });

    // A reload reaches the windows as an event.
    await recorded.ipcHandlers.get("workspace:reload")?.(fromWindow, {});
    expect(recorded.sent).toContainEqual({ channel: "workspace:changed", payload: { ok: true } });
    expect(recorded.sent.some((e) => e.channel === "status:changed")).toBe(true);

    // Clicking a late or at-risk alert's notification brings the window up on that pipeline's runbook.
    recorded.notifications[0]?.emit("click");
    expect(recorded.sent.at(-1)).toMatchObject({ channel: "app:navigate", payload: { path: expect.stringMatching(/^\/runbooks\/[a-z_]+$/) } });

    // Editing the workspace on disk (a git pull, a save) reloads it with no click: a broken edit is announced.
    const file = path.join(workspaceDir, "workspace.yaml");
    await writeFile(file, (await readFile(file, "utf8")).replace("sla: 2h", "sla: soon"));
    await vi.waitFor(() => expect(recorded.notifications.map((n) => n.options.title)).toContain("Workspace has problems"), { timeout: 10_000 });
    expect(recorded.sent).toContainEqual({ channel: "workspace:changed", payload: { ok: false } });
    app.quit();
    await vi.waitFor(() => expect(app.exited).toBe(true));
    expect(recorded.usedAfterDestroy).toEqual([]);
  });
});
