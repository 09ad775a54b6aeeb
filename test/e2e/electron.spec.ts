/**
 * The real app in a real Electron, launched as `npm start` launches it: `electron .` in the
 * repository (so app.getAppPath() is the repository and the assets resolve), the built main from
 * package.json's "main". Runs wherever node_modules/electron has its binary; elsewhere it is
 * skipped, and says why.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { _electron as electron, expect, test, type ElectronApplication, type Page } from "@playwright/test";
import { findElectronBinary } from "../../main/bin/electron-binary.mjs";
import { loadWorkspace } from "../../main/services/workspace/load-workspace";
import { EVENT_CHANNELS, type EventChannel, type EventMap } from "../../shared/ipc/contract";
import { routes } from "../../shared/ipc/routes";
import { REQUEST_SCHEMAS } from "../../shared/ipc/schemas";

const REPO = path.resolve(import.meta.dirname, "../..");
const WORKSPACE = path.join(REPO, "assets/workspace");
// The contract's full lists, so a channel added to it is checked here without editing this file.
const INVOKE_CHANNELS = Object.keys(REQUEST_SCHEMAS).sort();
const EVENTS = Object.keys(EVENT_CHANNELS).sort();

type Bridge = Record<string, (...args: unknown[]) => unknown>;

/** Replaces every invoke handler of main with one that answers its own channel name, after checking main registered one. */
async function echoChannels(app: ElectronApplication): Promise<string[]> {
  return app.evaluate(({ ipcMain }, channels) => {
    const unhandled: string[] = [];
    for (const channel of channels) {
      // ipcMain.handle throws for a channel that already has a handler: that is the check.
      try {
        ipcMain.handle(channel, () => null);
        unhandled.push(channel);
      } catch {
        // registered by main, as it should be
      }
      ipcMain.removeHandler(channel);
      ipcMain.handle(channel, () => channel);
    }
    return unhandled;
  }, INVOKE_CHANNELS);
}

/** Calls every method of window.oncall but `on`: each answers with the channel it reached. */
async function channelsReachedByBridge(window: Page): Promise<{ methods: number; reached: string[] }> {
  return window.evaluate(async () => {
    const oncall = (globalThis as unknown as { oncall: Bridge }).oncall;
    const methods = Object.keys(oncall).filter((name) => name !== "on");
    const reached = await Promise.all(methods.map((name) => oncall[name]!({}) as Promise<string>));
    return { methods: methods.length, reached: reached.sort() };
  });
}

/**
 * One valid payload per event (the type makes the table complete), so the app's own listeners,
 * which run before the test's, handle them as they would real ones.
 */
function samplePayloads(settings: EventMap["settings:changed"]): { [E in EventChannel]: EventMap[E] } {
  return {
    "workspace:changed": { ok: true },
    "status:changed": { at: new Date().toISOString() },
    "settings:changed": settings,
    "app:navigate": { path: routes.now() },
    "incidents:changed": { incidentId: "01JD0000000000000000000000" },
    "handoff:changed": { at: new Date().toISOString() },
  };
}

/** Subscribes to every event through window.oncall.on, has main send each once, and returns those that arrived. */
async function eventsDelivered(app: ElectronApplication, window: Page, payloads: Record<string, unknown>): Promise<string[]> {
  await window.evaluate((events) => {
    const scope = globalThis as unknown as { oncall: Bridge; deliveredEvents: string[] };
    scope.deliveredEvents = [];
    for (const event of events) scope.oncall.on!(event, () => scope.deliveredEvents.push(event));
  }, EVENTS);
  await app.evaluate(({ BrowserWindow }, sent) => {
    for (const [event, payload] of Object.entries(sent)) BrowserWindow.getAllWindows()[0]!.webContents.send(event, payload);
  }, payloads);
  const delivered = () => window.evaluate(() => [...(globalThis as unknown as { deliveredEvents: string[] }).deliveredEvents].sort());
  await expect.poll(delivered).toEqual(EVENTS);
  return delivered();
}

test("the app starts as npm start starts it, shows the workspace, and its bridge is the whole contract", async () => {
  const binary = findElectronBinary(REPO);
  if (binary.missing !== undefined) {
    // Printed as well as annotated: the list reporter shows only that a test was skipped.
    console.log(`electron.spec.ts skipped: ${binary.missing}; \`npm start\` downloads it on a machine with a network`);
  }
  test.skip(binary.missing !== undefined, `no Electron binary: ${binary.missing}`);
  const loaded = await loadWorkspace(WORKSPACE);
  if (!loaded.ok) throw new Error("the embedded workspace does not validate");

  const userData = await mkdtemp(path.join(tmpdir(), "oncall-desk-profile-"));
  const app = await electron.launch({
    executablePath: binary.path!,
    args: ["."],
    cwd: REPO,
    // A fresh profile would open on the first-run welcome; OCD_WORKSPACE opens the workspace directly.
    env: { ...process.env, OCD_USER_DATA: userData, OCD_WORKSPACE: WORKSPACE },
  });
  try {
    expect(await app.evaluate(({ app }) => app.getAppPath())).toBe(REPO);
    const window = await app.firstWindow();
    expect(window.url()).toMatch(/^app:\/\/oncall-desk\//);
    for (const engineer of loaded.workspace.team) await expect(window.getByText(engineer.name, { exact: true }).first()).toBeVisible();
    for (const pipeline of loaded.workspace.pipelines) await expect(window.getByText(pipeline.name, { exact: true }).first()).toBeVisible();

    const scope = await window.evaluate(() => {
      const page = globalThis as unknown as Record<string, unknown>;
      return { require: typeof page.require, process: typeof page.process, oncall: typeof page.oncall };
    });
    expect(scope).toEqual({ require: "undefined", process: "undefined", oncall: "object" });

    // Every event of the contract reaches a listener registered through the bridge.
    const settings = await window.evaluate(() => (globalThis as unknown as { oncall: Bridge }).oncall.getSettings!({}));
    const payloads = samplePayloads(settings as EventMap["settings:changed"]);
    expect(await eventsDelivered(app, window, payloads)).toEqual(EVENTS);

    // Last, because it replaces main's handlers: every channel has a handler, and one bridge method each.
    expect(await echoChannels(app)).toEqual([]);
    const { methods, reached } = await channelsReachedByBridge(window);
    expect(reached).toEqual(INVOKE_CHANNELS);
    expect(methods).toBe(INVOKE_CHANNELS.length);
    await expect(window.evaluate(() => (globalThis as unknown as { oncall: Bridge }).oncall.on!("ipc:anything", () => undefined))).rejects.toThrow(/unknown event/);
  } finally {
    await app.close();
    await rm(userData, { recursive: true, force: true });
  }
});
