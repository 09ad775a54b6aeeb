/** The Playwright fixture of the renderer tests: the built renderer on 127.0.0.1, the real services behind the bridge. */
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { test as base } from "@playwright/test";
import { EMBEDDED_WORKSPACE, openDesk, RENDERER_DIR, type Desk, type DeskOptions } from "./open-desk";
import { serveStatic, type StaticServer } from "./static-server";

export { DESK_NOW, EMBEDDED_WORKSPACE, REPO, type Desk, type DeskOptions, type SavedFile } from "./open-desk";

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
    const stops: (() => Promise<void>)[] = [];
    await use(async (workspace = {}) => {
      const opened = await openDesk(page, server.origin, typeof workspace === "string" ? { workspaceDir: workspace } : workspace);
      stops.push(opened.stop);
      return opened.desk;
    });
    for (const stop of stops) await stop();
    await server.close();
  },
});

export { expect } from "@playwright/test";
