import { execFile } from "node:child_process";
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { findElectronBinary } from "../../../main/bin/electron-binary.mjs";

const SCRIPT = path.resolve("main/bin/ensure-electron.mjs");
const REPO = path.resolve(".");
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

/** Runs the prestart check in `cwd` as npm would; never throws on a non-zero exit. */
async function ensure(cwd: string, env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [SCRIPT], { cwd, env: { ...process.env, npm_lifecycle_event: "prestart", ...env }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A package folder whose node_modules/electron is a stand-in with the given installer. */
async function projectWithElectron(installer: string, installed = false) {
  const dir = await mkdtemp(path.join(tmpdir(), "ocd-ensure-"));
  dirs.push(dir);
  const electron = path.join(dir, "node_modules/electron");
  await mkdir(path.join(electron, "dist"), { recursive: true });
  await writeFile(path.join(dir, "package.json"), "{}");
  await writeFile(path.join(electron, "package.json"), JSON.stringify({ name: "electron", version: "45.3.4" }));
  await writeFile(path.join(electron, "install.js"), installer);
  if (installed) await installStandIn(electron);
  return dir;
}

async function installStandIn(electron: string) {
  await writeFile(path.join(electron, "path.txt"), "electron");
  await writeFile(path.join(electron, "dist/electron"), "#!/bin/sh\n");
  await chmod(path.join(electron, "dist/electron"), 0o755);
}

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const INSTALL_WRITES_BINARY = `
const fs = require("fs"), path = require("path");
fs.writeFileSync(path.join(__dirname, "path.txt"), "electron");
fs.writeFileSync(path.join(__dirname, "dist/electron"), "");
`;
const INSTALL_FAILS = `console.error("TypeError: fetch failed\\n    at node:internal/deps/undici/undici:14976:13"); process.exit(1);`;

describe("npm start's Electron binary check", () => {
  it("does nothing when the binary is there", async () => {
    const dir = await projectWithElectron(INSTALL_FAILS, true);
    expect(await ensure(dir)).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("runs the electron package's installer when the binary is missing, and goes on once it is there", async () => {
    const dir = await projectWithElectron(INSTALL_WRITES_BINARY);
    expect((await ensure(dir)).code).toBe(0);
    expect(await readFile(path.join(dir, "node_modules/electron/path.txt"), "utf8")).toBe("electron");
  });

  it("when the download fails: one plain line saying what is missing, why and what to do, exit 1", async () => {
    const dir = await projectWithElectron(INSTALL_FAILS);
    const { code, stdout, stderr } = await ensure(dir, { npm_lifecycle_event: "predev", ELECTRON_MIRROR: `http://127.0.0.1:${await closedPort()}/` });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    const lines = stderr.split("\n").filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^npm run dev: the Electron 45\.3\.4 binary is not installed and could not be downloaded \(127\.0\.0\.1 did not answer: fetch failed/);
    expect(lines[0]).toMatch(/network connection.*ELECTRON_MIRROR.*electron_config_cache/);
    expect(stderr).not.toMatch(/\n\s+at |Electron uninstall/);
  });

  it("names the Node version when it is older than the installer's", async () => {
    const dir = await projectWithElectron(INSTALL_FAILS);
    const { stderr } = await ensure(dir);
    const [major, minor] = process.versions.node.split(".").map(Number) as [number, number];
    const old = major < 22 || (major === 22 && minor < 12);
    expect(stderr.includes(`Use Node >= 22.12 (Electron's installer needs it; this is ${process.versions.node})`)).toBe(old);
  });

  it("says so when the electron package itself is not installed", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "ocd-ensure-"));
    dirs.push(dir);
    await writeFile(path.join(dir, "package.json"), "{}");
    const { code, stderr } = await ensure(dir);
    expect(code).toBe(1);
    expect(stderr).toBe("npm start: the electron package is not installed (run npm install).\n");
  });

  it("with the real installer on this machine: one line, no stack trace (skipped where the binary is installed)", async (context) => {
    const found = findElectronBinary(REPO);
    if (found.path) context.skip(`the Electron binary is installed here (${found.path})`);
    const { code, stderr } = await ensure(REPO, { ELECTRON_MIRROR: `http://127.0.0.1:${await closedPort()}/` });
    expect(code).toBe(1);
    expect(stderr.split("\n").filter(Boolean)).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at |Electron uninstall/);
  });
});
