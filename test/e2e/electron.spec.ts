import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { _electron as electron, expect, test } from "@playwright/test";

const REPO = path.resolve(import.meta.dirname, "../..");

/**
 * The Electron binary, or why there is none. Read from node_modules/electron/path.txt instead
 * of `require("electron")`, which would try to download the binary on a machine without it.
 */
function electronBinary(): { path: string } | { missing: string } {
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(REPO, "node_modules/electron/dist");
  const pathFile = path.join(REPO, "node_modules/electron/path.txt");
  if (!existsSync(pathFile)) return { missing: `${pathFile} does not exist (the electron package's binary was never downloaded)` };
  const binary = path.join(dist, readFileSync(pathFile, "utf8").trim());
  return existsSync(binary) ? { path: binary } : { missing: `${binary} does not exist` };
}

test("the app starts, shows the overview, and keeps Node out of the renderer", async () => {
  const binary = electronBinary();
  test.skip("missing" in binary, `Electron binary not available on this machine: ${"missing" in binary ? binary.missing : ""}`);
  if ("missing" in binary) return;

  const userData = await mkdtemp(path.join(tmpdir(), "oncall-desk-profile-"));
  const app = await electron.launch({
    executablePath: binary.path,
    args: [path.join(REPO, "out/main/index.js")],
    cwd: REPO,
    env: { ...process.env, OCD_USER_DATA: userData },
  });
  try {
    const window = await app.firstWindow();
    await expect(window.locator(".card--engineer")).toHaveCount(4);
    await expect(window.getByRole("region", { name: "Pipelines" }).locator("tbody tr")).toHaveCount(5);
    expect(window.url()).toBe("app://oncall-desk/index.html");
    const exposed = await window.evaluate(() => {
      const scope = globalThis as unknown as Record<string, unknown>;
      return { oncall: Object.keys(scope.oncall as object).sort(), require: typeof scope.require, process: typeof scope.process };
    });
    expect(exposed).toEqual({
      oncall: ["acknowledgeAlert", "getAppInfo", "getEscalation", "getOnCall", "getSchedule", "getStatus", "getWorkspace", "on", "reloadWorkspace", "snoozeAlert"],
      require: "undefined",
      process: "undefined",
    });
  } finally {
    await app.close();
    await rm(userData, { recursive: true, force: true });
  }
});
