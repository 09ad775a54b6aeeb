import { EventEmitter } from "node:events";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createAppServices, type AppServices } from "../../../main/app/app-services";
import { createHandlers } from "../../../main/app/handlers";
import { guardedCall } from "../../../main/app/ipc-guard";
import { watchOpenedWorkspace } from "../../../main/app/watch-opened-workspace";
import type { PickFolder } from "../../../main/app/workspace-chooser";
import { memoryStore } from "../../../main/services/alerts/key-value-store";
import { createSettingsService } from "../../../main/services/settings/settings-service";
import { EMBEDDED_WORKSPACE_DIR } from "../../../main/services/workspace/load-workspace";
import type { FolderWatcher, WatchFolder } from "../../../main/services/workspace/watch-workspace";
import { createWorkspaceSession } from "../../../main/app/workspace-session";
import type { InvokeChannel, InvokeMap } from "../../../shared/ipc/contract";
import { createFakeClock } from "../../fakes/fake-clock";
import { seededSettingsStore } from "../../fakes/settings-store";
import { embeddedFiles, writeWorkspace } from "../../fakes/workspace-files";

const AT = new Date("2026-03-10T15:00:00Z");
const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "ocd-switch-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function teamFolder(): Promise<string> {
  const dir = await writeWorkspace(await embeddedFiles());
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** App services as a first run has them, with a folder dialog that answers `answers` in turn (then cancels). */
function app(options: { settingsStore?: ReturnType<typeof memoryStore>; override?: string; answers?: string[]; alertStores?: Map<string, ReturnType<typeof memoryStore>> } = {}) {
  const answers = [...(options.answers ?? [])];
  const asked: string[] = [];
  const pickFolder: PickFolder = async (purpose) => {
    asked.push(purpose);
    return answers.shift();
  };
  const alertStores = options.alertStores ?? new Map();
  const services: AppServices = createAppServices({
    name: "oncall-desk",
    version: "0.0.0-test",
    embeddedWorkspaceDir: EMBEDDED_WORKSPACE_DIR,
    workspaceOverride: options.override,
    clock: createFakeClock(AT),
    settingsStore: options.settingsStore ?? memoryStore(),
    alertStoreFor: (dir) => {
      const store = memoryStore();
      alertStores.set(dir, store);
      return store;
    },
    pickFolder,
    onProblem: () => undefined,
  });
  cleanups.push(() => services.desk.stop());
  const handlers = createHandlers(services);
  const call = <K extends InvokeChannel>(channel: K, payload: InvokeMap[K]["request"]) =>
    guardedCall(handlers, channel, payload, { ownWindow: true, frameUrl: "app://oncall-desk/index.html" }, () => true) as Promise<InvokeMap[K]["response"]>;
  return { services, call, asked, alertStores };
}

describe("the workspace the app opens", () => {
  it("opens nothing on a first run and says why, until the user chooses", async () => {
    const { call, services } = app();
    await expect(call("app:info", {})).resolves.toMatchObject({ workspaceDir: null, workspaceOrigin: "none", embeddedWorkspace: false });
    const view = await call("workspace:get", {});
    expect(view.ok).toBe(false);
    expect(!view.ok && view.problems[0]?.message).toMatch(/^no workspace is open yet/);
    // Nothing polls behind the welcome view: no desk, no demo data.
    expect(await services.desk.current()).toBeUndefined();
    await expect(call("status:get", {})).resolves.toBeNull();
  });

  it("explores the demo: remembered in the settings, said in AppInfo, and the desk runs", async () => {
    const settingsStore = memoryStore();
    const { call, services } = app({ settingsStore });
    await expect(call("workspace:choose", { action: "demo" })).resolves.toEqual({ chosen: true, workspaceDir: EMBEDDED_WORKSPACE_DIR });
    await expect(call("app:info", {})).resolves.toMatchObject({ workspaceDir: EMBEDDED_WORKSPACE_DIR, workspaceOrigin: "demo", embeddedWorkspace: true });
    await expect(call("workspace:get", {})).resolves.toMatchObject({ ok: true });
    expect(await services.desk.current()).toBeDefined();
    // A restart reads the choice back.
    expect(createSettingsService(settingsStore).get().workspace).toEqual({ kind: "demo" });
    const again = app({ settingsStore });
    await expect(again.call("app:info", {})).resolves.toMatchObject({ workspaceOrigin: "demo" });
  });

  it("opens the team's folder at run time: the desk, the workspace and the alerts follow it", async () => {
    const team = await teamFolder();
    const { call, services, asked, alertStores } = app({ settingsStore: seededSettingsStore({ workspace: { kind: "demo" } }), answers: [team] });
    const demoDesk = await services.desk.current();
    expect(demoDesk).toBeDefined();
    const before = await call("app:info", {});
    expect(before.workspaceOrigin).toBe("demo");

    await expect(call("workspace:choose", { action: "open-folder" })).resolves.toEqual({ chosen: true, workspaceDir: team });
    expect(asked).toEqual(["open"]);
    await expect(call("app:info", {})).resolves.toMatchObject({ workspaceDir: team, workspaceOrigin: "folder", embeddedWorkspace: false });
    const teamDesk = await services.desk.current();
    expect(teamDesk).toBeDefined();
    expect(teamDesk).not.toBe(demoDesk);
    await expect(call("settings:get", {})).resolves.toMatchObject({ workspace: { kind: "folder", dir: team } });
    // The demo's alerts stay with the demo: the new desk writes to the team folder's own store.
    expect([...alertStores.keys()]).toEqual([EMBEDDED_WORKSPACE_DIR, team]);
  });

  it("reports a chosen folder that disappeared with its path, and never falls back to the demo", async () => {
    const gone = path.join(await tempDir(), "team-workspace");
    const { call, services } = app({ settingsStore: seededSettingsStore({ workspace: { kind: "folder", dir: gone } }) });
    await expect(call("app:info", {})).resolves.toMatchObject({ workspaceDir: gone, workspaceOrigin: "folder", embeddedWorkspace: false });
    const view = await call("workspace:get", {});
    expect(!view.ok && view.problems).toEqual([{ file: ".", line: 1, col: 1, path: "", message: expect.stringContaining(`the workspace folder ${gone} does not exist`) }]);
    expect(await services.desk.current()).toBeUndefined();
  });

  it("reports a folder that became a file, and a folder that became invalid, with their problems", async () => {
    const file = path.join(await tempDir(), "not-a-folder");
    await writeFile(file, "x");
    const first = app({ settingsStore: seededSettingsStore({ workspace: { kind: "folder", dir: file } }) });
    const view = await first.call("workspace:get", {});
    expect(!view.ok && view.problems[0]?.message).toMatch(/is a file, not a workspace folder/);

    const team = await teamFolder();
    const yaml = path.join(team, "workspace.yaml");
    await writeFile(yaml, (await readFile(yaml, "utf8")).replace("sla: 2h", "sla: soon"));
    const second = app({ settingsStore: seededSettingsStore({ workspace: { kind: "folder", dir: team } }) });
    const invalid = await second.call("workspace:get", {});
    expect(!invalid.ok && invalid.problems.map((p) => `${p.file}:${p.line}`)).toEqual([expect.stringMatching(/^workspace\.yaml:\d+$/)]);
    expect(await second.services.desk.current()).toBeUndefined();
  });

  it("lets OCD_WORKSPACE override the settings until the user chooses during the run", async () => {
    const team = await teamFolder();
    const { call } = app({ settingsStore: seededSettingsStore({ workspace: { kind: "demo" } }), override: team });
    await expect(call("app:info", {})).resolves.toMatchObject({ workspaceDir: team, workspaceOrigin: "environment" });
    // Choosing the demo the settings already hold still ends the override.
    await call("workspace:choose", { action: "demo" });
    await expect(call("app:info", {})).resolves.toMatchObject({ workspaceDir: EMBEDDED_WORKSPACE_DIR, workspaceOrigin: "demo" });
  });

  it("follows a workspace changed through settings:update as well", async () => {
    const team = await teamFolder();
    const { call, services } = app({ settingsStore: seededSettingsStore({ workspace: { kind: "demo" } }) });
    await services.desk.current();
    await call("settings:update", { workspace: { kind: "folder", dir: team } });
    await expect(call("app:info", {})).resolves.toMatchObject({ workspaceDir: team, workspaceOrigin: "folder" });
    const view = await call("workspace:get", {});
    expect(view.ok).toBe(true);
  });
});

describe("choosing a workspace", () => {
  it("creates one from the template in an empty folder (a fresh git clone's .git is allowed) and opens it", async () => {
    const target = await tempDir();
    await writeFile(path.join(target, ".git"), "gitdir: elsewhere");
    const { call } = app({ answers: [target] });
    await expect(call("workspace:choose", { action: "create-from-template" })).resolves.toEqual({ chosen: true, workspaceDir: target });
    expect((await readdir(target)).sort()).toEqual([".git", "risks.yaml", "runbooks", "workspace.yaml"]);
    expect(await readFile(path.join(target, "workspace.yaml"), "utf8")).toBe(await readFile(path.join(EMBEDDED_WORKSPACE_DIR, "workspace.yaml"), "utf8"));
    await expect(call("workspace:get", {})).resolves.toMatchObject({ ok: true });
    await expect(call("app:info", {})).resolves.toMatchObject({ workspaceDir: target, workspaceOrigin: "folder" });
  });

  it("creates the target folder when the dialog names one that does not exist yet", async () => {
    const target = path.join(await tempDir(), "new-workspace");
    const { call } = app({ answers: [target] });
    await expect(call("workspace:choose", { action: "create-from-template" })).resolves.toEqual({ chosen: true, workspaceDir: target });
    expect(await readdir(target)).toContain("workspace.yaml");
  });

  it("refuses a non-empty target, naming what is in it, and changes nothing", async () => {
    const target = await tempDir();
    await writeFile(path.join(target, "notes.txt"), "mine");
    await writeFile(path.join(target, "workspace.yaml"), "mine too");
    const { call } = app({ answers: [target] });
    await expect(call("workspace:choose", { action: "create-from-template" })).rejects.toThrow(`${target} is not empty (it holds notes.txt, workspace.yaml): choose an empty folder`);
    expect(await readFile(path.join(target, "workspace.yaml"), "utf8")).toBe("mine too");
    await expect(call("app:info", {})).resolves.toMatchObject({ workspaceOrigin: "none" });
  });

  it("refuses to open a folder that holds no workspace.yaml, and does nothing when the user cancels", async () => {
    const empty = await tempDir();
    const { call, asked } = app({ answers: [empty] });
    await expect(call("workspace:choose", { action: "open-folder" })).rejects.toThrow(`${empty} is not a workspace folder: it has no workspace.yaml`);
    await expect(call("workspace:choose", { action: "open-folder" })).resolves.toEqual({ chosen: false });
    await expect(call("workspace:choose", { action: "create-from-template" })).resolves.toEqual({ chosen: false });
    expect(asked).toEqual(["open", "open", "create"]);
    await expect(call("settings:get", {})).resolves.toMatchObject({ workspace: null });
  });
});

describe("the workspace watcher", () => {
  it("watches the open folder, moves to the next one on a switch, and rests while none is open", async () => {
    const watched: { dir: string; closed: boolean }[] = [];
    const watchFolder: WatchFolder = (dir) => {
      const entry = { dir, closed: false };
      watched.push(entry);
      return Object.assign(new EventEmitter(), { close: () => void (entry.closed = true) }) as FolderWatcher;
    };
    const settings = createSettingsService(memoryStore());
    const session = createWorkspaceSession({ settings, embeddedDir: "/embedded" });
    const stop = watchOpenedWorkspace(session, { clock: createFakeClock(AT), onChange: () => undefined, onProblem: () => undefined, watchFolder });
    expect(watched).toEqual([]);
    settings.update({ workspace: { kind: "folder", dir: "/team" } });
    expect(watched.map((w) => [w.dir, w.closed])).toEqual([
      ["/team", false],
      [path.join("/team", "runbooks"), false],
    ]);
    session.open({ kind: "demo" });
    expect(watched.map((w) => [w.dir, w.closed])).toEqual([
      ["/team", true],
      [path.join("/team", "runbooks"), true],
      ["/embedded", false],
      [path.join("/embedded", "runbooks"), false],
    ]);
    stop();
    expect(watched.every((w) => w.closed)).toBe(true);
  });
});
