#!/usr/bin/env node
// Runs before `npm start` and `npm run dev` (prestart, predev). Electron >= 42 has no install step:
// its binary is fetched by the package's `install-electron` bin, and electron-vite only reads
// node_modules/electron/path.txt (failing with "Electron uninstall" and a stack trace without it).
// So: when the binary is missing, run that installer; when it cannot download, say in ONE line
// what is missing, why, and what to do, and exit 1.
import { spawn } from "node:child_process";
import { lookup } from "node:dns/promises";
import path from "node:path";
import { setTimeout, clearTimeout } from "node:timers";
import { URL } from "node:url";
import { findElectronBinary } from "./electron-binary.mjs";

// npm runs scripts in the package's folder; the electron package is resolved from there.
const REPO = process.cwd();
// Electron's installer (@electron/get) declares this engine; older Node may or may not manage.
const INSTALLER_NODE = [22, 12];
const script = (process.env.npm_lifecycle_event ?? "prestart").replace(/^pre/, "");
const command = script === "start" ? "npm start" : `npm run ${script}`;

/** Runs the electron package's installer; resolves with its exit code and the first line it printed on stderr. */
function runInstaller(dir) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(dir, "install.js")], { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    // The binary is about 100 MB: on a slow link say what the wait is for (on a terminal only).
    const notice = setTimeout(() => process.stderr.isTTY && process.stderr.write(`${command}: downloading the Electron binary (about 100 MB)…\n`), 3000);
    child.on("error", (error) => resolve({ code: 1, reason: error.message }));
    child.on("close", (code) => {
      clearTimeout(notice);
      const first = stderr.split("\n").find((line) => line.trim()) ?? `exit code ${code}`;
      resolve({ code, reason: first.replace(/^\w*Error: /, "").trim() });
    });
  });
}

/** "fetch failed" says little: name the host, and whether it could even be resolved. */
async function explain(reason, env) {
  if (!/fetch failed/i.test(reason)) return reason;
  const mirror = env.ELECTRON_MIRROR ?? env.npm_config_electron_mirror ?? "https://github.com/electron/electron/releases/download/";
  const host = URL.canParse(mirror) ? new URL(mirror).hostname : mirror;
  try {
    await lookup(host);
    return `${host} did not answer: ${reason}`;
  } catch (error) {
    return `${host} cannot be resolved: ${error.code ?? reason}`;
  }
}

function nodeIsTooOld() {
  const [major, minor] = process.versions.node.split(".").map(Number);
  return major < INSTALLER_NODE[0] || (major === INSTALLER_NODE[0] && minor < INSTALLER_NODE[1]);
}

const found = findElectronBinary(REPO);
if (found.path) process.exit(0);
if (!found.dir) {
  process.stderr.write(`${command}: ${found.missing}.\n`);
  process.exit(1);
}
const { code, reason } = await runInstaller(found.dir);
if (code === 0 && findElectronBinary(REPO).path) process.exit(0);

const zip = `electron-v${found.version}-${process.platform}-${process.arch}.zip`;
const again = nodeIsTooOld()
  ? `Use Node >= ${INSTALLER_NODE.join(".")} (Electron's installer needs it; this is ${process.versions.node}) and run ${command} again`
  : `Run ${command} again`;
process.stderr.write(
  `${command}: the Electron ${found.version} binary is not installed and could not be downloaded (${await explain(reason, process.env)}). ` +
    `${again} with a network connection, or with ELECTRON_MIRROR set to a mirror you can reach, or with electron_config_cache ` +
    `set to a copy of the Electron cache folder (~/.cache/electron on Linux) of a machine that has downloaded ${zip}.\n`,
);
process.exit(1);
