/**
 * Opens the built renderer in a page with the real services behind the bridge, on frozen clocks:
 * the e2e fixture, the screenshot tool and the renderer budget script all open the window this way.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { createAppServices } from "../../../main/app/app-services";
import type { HandlerServices } from "../../../main/app/handlers";
import type { PickFolder } from "../../../main/app/workspace-chooser";
import type { Clock } from "../../../main/services/clock";
import type { Settings, WorkspaceChoice } from "../../../shared/domain/settings";
import { seededSettingsStore } from "../../fakes/settings-store";
import { installBridge } from "./bridge-host";

/** The repository root. */
export const REPO = path.resolve(import.meta.dirname, "../../..");

/** The embedded default workspace. */
export const EMBEDDED_WORKSPACE = path.join(REPO, "assets/workspace");

/** The built renderer, served by the tests. */
export const RENDERER_DIR = path.join(REPO, "out/renderer");

const PRELOAD = path.join(REPO, "out/preload/preload.cjs");

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

/** An open desk: the page, the services behind it and where it is served. */
export interface Desk {
  page: Page;
  services: HandlerServices;
  origin: string;
  /** Every file saved through main's saveFile, in order. */
  saved: SavedFile[];
  /** Every time main's folder dialog was asked for a folder, and what for, in order. */
  folderRequests: ("open" | "create")[];
  /** main's frozen now, which the page's clock shows too. */
  now: Date;
}

/** How to open a desk. */
export interface DeskOptions {
  /** The workspace folder; default: the embedded one. */
  workspaceDir?: string;
  /** main's frozen now, and the page's; default: DESK_NOW. */
  now?: Date;
  /** Settings besides the workspace choice, which is this folder (the demo for the embedded one) unless `firstRun`. */
  settings?: Partial<Settings>;
  /** A machine that never chose a workspace: the settings hold none, so the window shows the welcome view. */
  firstRun?: boolean;
  /** Answers main's folder dialog; default: the user cancels. */
  pickFolder?: PickFolder;
  /** The route the page opens on (a path of routes.ts); default: the window's own start. */
  path?: string;
  /** False leaves the page's clock running (the budget script times page loads with it); default: frozen at `now`. */
  freezePageClock?: boolean;
}

/** Wires `page` on `origin` (serving RENDERER_DIR) to fresh services and opens it; returns the desk and the function that stops its services. */
export async function openDesk(page: Page, origin: string, options: DeskOptions = {}): Promise<{ desk: Desk; stop: () => Promise<void> }> {
  const { workspaceDir = EMBEDDED_WORKSPACE, now = DESK_NOW } = options;
  const saved: SavedFile[] = [];
  // The desk's own state folder (the app's user-data folder): its incidents and hand-over notes.
  const stateDir = await mkdtemp(path.join(tmpdir(), "oncall-desk-state-"));
  const saveFile = async (name: string, contents: string) => {
    saved.push({ name, contents });
    return { saved: true, path: path.join(tmpdir(), name) };
  };
  const folderRequests: ("open" | "create")[] = [];
  const pickFolder: PickFolder = async (purpose) => {
    folderRequests.push(purpose);
    return options.pickFolder?.(purpose);
  };
  // The machine has chosen this workspace already (the welcome view has its own test), as the user's settings would say.
  const choice: WorkspaceChoice = workspaceDir === EMBEDDED_WORKSPACE ? { kind: "demo" } : { kind: "folder", dir: workspaceDir };
  const services = createAppServices({
    name: "oncall-desk",
    version: "0.0.0-test",
    embeddedWorkspaceDir: EMBEDDED_WORKSPACE,
    clock: frozenClock(now),
    saveFile,
    settingsStore: seededSettingsStore({ ...options.settings, workspace: options.firstRun ? null : choice }),
    pickFolder,
    stateDirFor: (dir) => path.join(stateDir, path.basename(dir)),
  });
  const stopEvents = await installBridge(page, services, origin, PRELOAD);
  // The page's clock stands at main's now too (countdowns), while its timers keep running.
  if (options.freezePageClock !== false) await page.clock.setFixedTime(now);
  await page.goto(`${origin}/index.html${options.path ? `#${options.path}` : ""}`);
  return {
    desk: { page, services, origin, saved, folderRequests, now },
    stop: async () => {
      stopEvents();
      await services.desk.stop();
      await rm(stateDir, { recursive: true, force: true });
    },
  };
}
