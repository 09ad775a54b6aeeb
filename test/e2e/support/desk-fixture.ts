/** The Playwright fixture of the renderer tests: the built renderer on 127.0.0.1, the real services behind the bridge. */
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { test as base, type Page } from "@playwright/test";
import { createAppServices } from "../../../main/app/app-services";
import type { HandlerServices } from "../../../main/app/handlers";
import type { Clock } from "../../../main/services/clock";
import type { PickFolder } from "../../../main/app/workspace-chooser";
import type { WorkspaceChoice } from "../../../shared/domain/settings";
import { seededSettingsStore } from "../../fakes/settings-store";
import { installBridge } from "./bridge-host";
import { serveStatic, type StaticServer } from "./static-server";

/** The repository root. */
export const REPO = path.resolve(import.meta.dirname, "../../..");

/** The embedded default workspace. */
export const EMBEDDED_WORKSPACE = path.join(REPO, "assets/workspace");

/** The instant every desk of these tests lives at: 11:00 in New York, two days after the DST change. */
export const DESK_NOW = new Date("2026-03-10T15:00:00Z");

/**
 * Time stands still at `now` and no timer ever fires: the first poll (started at once) is the
 * only one, so what the page shows is decided by the test, not by when it runs.
 */
const frozenClock = (now: Date): Clock => ({ now: () => new Date(now), setTimer: () => () => undefined });

/** A file the page asked main to save: the host's save "dialog" accepts the suggested name and keeps the text. */
export interface SavedFile {
  name: string;
  contents: string;
}

const RENDERER_DIR = path.join(REPO, "out/renderer");
const PRELOAD = path.join(REPO, "out/preload/preload.cjs");

/** An open desk: the page, the services behind it and where it is served. */
interface Desk {
  page: Page;
  services: HandlerServices;
  origin: string;
  /** Every file saved through main's saveFile, in order. */
  saved: SavedFile[];
}

/** How to open a desk: the workspace folder (default: the embedded one, as the demo) and main's frozen now (default: DESK_NOW). */
interface DeskOptions {
  workspaceDir?: string;
  now?: Date;
  /** A machine that never chose a workspace: the settings hold none, so the window shows the welcome view. */
  firstRun?: boolean;
  /** Answers main's folder dialog (default: the user cancels). */
  pickFolder?: PickFolder;
}

interface Fixtures {
  /** Serves the renderer, wires the bridge to services on the workspace folder (or options) and opens the page. */
  openDesk: (workspace?: string | DeskOptions) => Promise<Desk>;
  /** A fresh copy of the embedded workspace in a temporary folder, removed after the test. */
  workspaceCopy: string;
  /** Another static server with the same renderer: a foreign origin for the sender checks. */
  foreignServer: StaticServer;
}

/** `test` with the desk fixtures. */
export const test = base.extend<Fixtures>({
  // Playwright reads fixture dependencies from the destructuring pattern, so "none" must be written `{}`.
  // eslint-disable-next-line no-empty-pattern
  workspaceCopy: async ({}, use) => {
    const dir = await mkdtemp(path.join(tmpdir(), "oncall-desk-ws-"));
    await cp(EMBEDDED_WORKSPACE, dir, { recursive: true });
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  // eslint-disable-next-line no-empty-pattern
  foreignServer: async ({}, use) => {
    const server = await serveStatic(RENDERER_DIR);
    await use(server);
    await server.close();
  },
  openDesk: async ({ page }, use) => {
    const server = await serveStatic(RENDERER_DIR);
    const stops: (() => void | Promise<void>)[] = [];
    await use(async (workspace = {}) => {
      const { workspaceDir = EMBEDDED_WORKSPACE, now = DESK_NOW, firstRun = false, pickFolder = async () => undefined } = typeof workspace === "string" ? { workspaceDir: workspace } : workspace;
      const saved: SavedFile[] = [];
      const saveFile = async (name: string, contents: string) => {
        saved.push({ name, contents });
        return { saved: true, path: path.join(tmpdir(), name) };
      };
      // The machine has chosen its workspace already (the welcome view has its own test), as the user's settings would say.
      const choice: WorkspaceChoice = workspaceDir === EMBEDDED_WORKSPACE ? { kind: "demo" } : { kind: "folder", dir: workspaceDir };
      const settingsStore = seededSettingsStore({ workspace: firstRun ? null : choice });
      const services = createAppServices({ name: "oncall-desk", version: "0.0.0-test", embeddedWorkspaceDir: EMBEDDED_WORKSPACE, settingsStore, pickFolder, clock: frozenClock(now), saveFile });
      stops.push(await installBridge(page, services, server.origin, PRELOAD), () => services.desk.stop());
      await page.goto(`${server.origin}/index.html`);
      return { page, services, origin: server.origin, saved };
    });
    for (const stop of stops) await stop();
    await server.close();
  },
});

export { expect } from "@playwright/test";
