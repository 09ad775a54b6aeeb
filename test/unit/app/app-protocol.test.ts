import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import type { Protocol } from "electron";
import { APP_ENTRY_URL, registerAppProtocol, resolveAppFile } from "../../../main/app/app-protocol";
import { appPaths } from "../../../main/app/paths";

const ROOT = path.resolve("/app/out/renderer");

describe("resolveAppFile", () => {
  it("maps app URLs to files under the renderer folder", () => {
    expect(resolveAppFile(ROOT, APP_ENTRY_URL)).toBe(path.join(ROOT, "index.html"));
    expect(resolveAppFile(ROOT, "app://oncall-desk/")).toBe(path.join(ROOT, "index.html"));
    expect(resolveAppFile(ROOT, "app://oncall-desk/assets/index-1.js?x=1")).toBe(path.join(ROOT, "assets/index-1.js"));
  });

  it("keeps dot segments inside the folder (URL parsing removes them first)", () => {
    expect(resolveAppFile(ROOT, "app://oncall-desk/../main/index.js")).toBe(path.join(ROOT, "main/index.js"));
    expect(resolveAppFile(ROOT, "app://oncall-desk/%2e%2e/main/index.js")).toBe(path.join(ROOT, "main/index.js"));
  });

  it.each([
    "app://oncall-desk/assets/..%2f..%2f..%2fetc/passwd",
    "app://oncall-desk/..%2f..%2fmain/index.js",
    "app://other-host/index.html",
    "https://oncall-desk/index.html",
    "not a url",
  ])("refuses %s", (url) => {
    expect(resolveAppFile(ROOT, url)).toBeUndefined();
  });

  it("serves files through the injected fetch and 404s the rest", async () => {
    let handler: ((request: Request) => Promise<Response>) | undefined;
    const protocol = { handle: (_scheme: string, h: typeof handler) => (handler = h) } as unknown as Pick<Protocol, "handle">;
    const fetchFile = vi.fn(async (_url: string) => new Response("ok"));
    registerAppProtocol(protocol, ROOT, fetchFile);
    await handler?.(new Request(APP_ENTRY_URL));
    expect(fetchFile.mock.calls[0]?.[0]).toMatch(/^file:\/\/.*\/app\/out\/renderer\/index\.html$/);
    const missing = await handler?.(new Request("app://elsewhere/index.html"));
    expect(missing?.status).toBe(404);
  });
});

describe("appPaths", () => {
  it("finds assets in resources when packaged and in the repository otherwise", () => {
    const inputs = { resourcesPath: "/opt/desk/resources", appPath: "/src/desk", mainDir: "/src/desk/out/main" };
    expect(appPaths({ ...inputs, isPackaged: true })).toEqual({
      embeddedWorkspaceDir: "/opt/desk/resources/workspace",
      trayIconDir: "/opt/desk/resources/tray",
      rendererDir: "/src/desk/out/renderer",
      preloadPath: "/src/desk/out/preload/preload.cjs",
    });
    expect(appPaths({ ...inputs, isPackaged: false }).embeddedWorkspaceDir).toBe("/src/desk/assets/workspace");
  });
});
