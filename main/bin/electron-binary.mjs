// Finds the Electron binary of node_modules/electron without `require("electron")`, which would
// start a download on a machine that lacks it. Shared by `npm start`'s check (ensure-electron.mjs)
// and the Electron launch test.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/** The binary as the electron package would run it, or why it cannot (`missing`); `dir` and `version` when the package is installed. */
export function findElectronBinary(fromDir = process.cwd(), env = process.env) {
  let dir;
  try {
    dir = path.dirname(createRequire(path.join(fromDir, "package.json")).resolve("electron/package.json"));
  } catch {
    return { missing: "the electron package is not installed (run npm install)" };
  }
  const { version } = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));
  const pathFile = path.join(dir, "path.txt");
  // The package writes path.txt (the executable inside dist/) once its installer has extracted the binary.
  if (!existsSync(pathFile)) return { dir, version, missing: `the Electron ${version} binary is not installed (${pathFile} does not exist)` };
  const binary = path.join(env.ELECTRON_OVERRIDE_DIST_PATH || path.join(dir, "dist"), readFileSync(pathFile, "utf8").trim());
  return existsSync(binary) ? { dir, version, path: binary } : { dir, version, missing: `the Electron ${version} binary ${binary} does not exist` };
}
