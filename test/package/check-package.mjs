#!/usr/bin/env node
// Packs the app as `npm run dist` would (electron-vite build, then electron-builder with our
// electron-builder.yml), but `--dir` and against a stand-in Electron dist, since the real binary
// cannot be downloaded everywhere; then checks what was packed:
//   - the asar holds main, preload and the renderer with every asset index.html loads;
//   - it holds every module main imports, and the packages those need, and nothing else;
//   - those modules load from the packed tree (extracted, under plain Node);
//   - the workspace and the tray icons are beside it (extraResources), file for file;
//   - electron-builder flipped the fuses electron-builder.yml asks for in the binary;
//   - the icons electron-builder.yml names exist at the sizes their names say;
//   - the payload (asar + unpacked) is at most 30 MB.
//     npm run test:package        (part of npm test)
import { Buffer } from "node:buffer";
import { spawn } from "node:child_process";
import { builtinModules, createRequire } from "node:module";
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { build as viteBuild } from "electron-vite";
import { parse as parseYaml } from "yaml";

const REPO = path.resolve(import.meta.dirname, "../..");
const require = createRequire(import.meta.url);
const asar = require("@electron/asar");
const { getCurrentFuseWire, FuseV1Options } = require("@electron/fuses");

const PAYLOAD_LIMIT_MB = 30;
const MB = 1024 * 1024;
const FUSE_SENTINEL = "dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX";
// The fuse wire of an unmodified Electron binary (V1, eight fuses), in FuseV1Options order.
const STOCK_FUSES = "10110001";
const FUSE_KEYS = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  loadBrowserProcessSpecificV8Snapshot: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
};

const results = [];
/** Records one check: `problems` empty means it passed. */
function check(name, problems) {
  results.push({ name, problems });
  console.log(`${problems.length ? "FAIL" : "ok  "} ${name}`);
  for (const problem of problems) console.log(`       ${problem}`);
}

function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(output) : reject(new Error(`${path.basename(command)} ${args.join(" ")} exited ${code}:\n${output}`))));
  });
}

/** An Electron dist with no Electron in it: a shell script carrying a stock fuse wire, for electron-builder to copy and flip. */
async function standInElectron(dir, version) {
  await mkdir(path.join(dir, "resources"), { recursive: true });
  const wire = Buffer.concat([Buffer.from(`#!/bin/sh\necho "a stand-in for Electron ${version}"\nexit 1\n# `), Buffer.from(FUSE_SENTINEL), Buffer.from([1, STOCK_FUSES.length]), Buffer.from(STOCK_FUSES), Buffer.from("\n")]);
  await writeFile(path.join(dir, "electron"), wire);
  await chmod(path.join(dir, "electron"), 0o755);
  await writeFile(path.join(dir, "version"), version);
}

/** Bare module names an ES module bundle imports (statically or dynamically), Node built-ins and electron left out. */
function bareImports(code) {
  const names = new Set();
  const statements = /^\s*(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)|\brequire\(\s*["']([^"']+)["']\s*\)/gm;
  for (const m of code.matchAll(statements)) {
    // A bundled library's JSDoc (`@type {import('mdast').Root}`, `@import {Root} from 'mdast'`) names
    // type-only packages that nothing loads: a match on a comment line is no import.
    const line = code.slice(code.lastIndexOf("\n", m.index) + 1, m.index + m[0].length).trimStart();
    if (/^(\*|\/\*|\/\/)/.test(line)) continue;
    const spec = m[1] ?? m[2] ?? m[3] ?? m[4];
    if (spec.startsWith(".") || spec.startsWith("/")) continue;
    const name = spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0];
    if (spec.startsWith("node:") || builtinModules.includes(name) || name === "electron") continue;
    names.add(name);
  }
  return [...names].sort();
}

/** The package folders (relative, e.g. `node_modules/a/node_modules/b`) of a listing of asar paths. */
function packageDirs(files) {
  const dirs = new Set();
  for (const file of files) {
    const m = /^\/((?:node_modules\/(?:@[^/]+\/)?[^/]+\/)+)package\.json$/.exec(file);
    if (m) dirs.add(m[1].replace(/\/$/, ""));
  }
  return dirs;
}

/** Where Node would find `name` from package folder `from` (or the root): its own node_modules, then each parent's. */
function resolvePackage(dirs, from, name) {
  let base = from;
  for (;;) {
    const candidate = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
    if (dirs.has(candidate)) return candidate;
    if (!base) return undefined;
    const up = base.lastIndexOf("/node_modules/");
    base = up === -1 ? "" : base.slice(0, up);
  }
}

async function listFiles(dir, base = dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full, base)));
    else out.push(path.relative(base, full));
  }
  return out.sort();
}

/** Width and height from a PNG header. */
async function pngSize(file) {
  const head = (await readFile(file)).subarray(0, 24);
  return head.toString("ascii", 1, 4) === "PNG" ? `${head.readUInt32BE(16)}x${head.readUInt32BE(20)}` : "not a PNG";
}

const started = performance.now();
const config = parseYaml(await readFile(path.join(REPO, "electron-builder.yml"), "utf8"));
const pkg = JSON.parse(await readFile(path.join(REPO, "package.json"), "utf8"));
const electronVersion = JSON.parse(await readFile(require.resolve("electron/package.json", { paths: [REPO] }), "utf8")).version;
const work = await mkdtemp(path.join(tmpdir(), "ocd-package-"));
try {
  await viteBuild({ root: REPO, logLevel: "warn" });
  const dist = path.join(work, "electron-dist");
  await standInElectron(dist, electronVersion);
  const output = path.join(work, "dist");
  const builder = require.resolve("electron-builder/cli.js", { paths: [REPO] });
  await run(process.execPath, [builder, "--linux", "--dir", "--publish", "never", `-c.electronDist=${dist}`, `-c.directories.output=${output}`], { cwd: REPO, env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: "false" } });
  const app = path.join(output, "linux-unpacked");
  const resources = path.join(app, "resources");
  const asarFile = path.join(resources, "app.asar");
  const files = asar.listPackage(asarFile, { isPack: false }).map((f) => f.split(path.sep).join("/"));
  const has = (file) => files.includes(file);

  // main, preload and the renderer, as package.json and index.html name them.
  const packedPkg = JSON.parse(asar.extractFile(asarFile, "package.json").toString());
  const html = asar.extractFile(asarFile, "out/renderer/index.html").toString();
  const htmlAssets = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => `/out/renderer/${m[1]}`);
  const appFiles = [`/${packedPkg.main}`, "/out/preload/preload.cjs", "/out/renderer/index.html", ...htmlAssets];
  check(`main, preload and renderer (${appFiles.length} files: ${appFiles.join(", ")})`, [
    ...appFiles.filter((f) => !has(f)).map((f) => `${f} is not in the asar`),
    ...(htmlAssets.length ? [] : ["index.html loads no assets/ file: the renderer build looks empty"]),
  ]);

  // Every module main imports, the packages those depend on, and nothing more.
  const mainImports = bareImports(await readFile(path.join(REPO, "out/main/index.js"), "utf8"));
  const dirs = packageDirs(files);
  const needed = new Set();
  const missing = [];
  const queue = mainImports.map((name) => ({ from: "", name, by: "out/main/index.js" }));
  while (queue.length) {
    const { from, name, by } = queue.shift();
    const dir = resolvePackage(dirs, from, name);
    if (!dir) {
      missing.push(`${name} (needed by ${by}) is not in the asar`);
      continue;
    }
    if (needed.has(dir)) continue;
    needed.add(dir);
    const manifest = JSON.parse(asar.extractFile(asarFile, `${dir}/package.json`).toString());
    for (const dep of Object.keys(manifest.dependencies ?? {})) if (!manifest.optionalDependencies?.[dep]) queue.push({ from: dir, name: dep, by: dir });
  }
  check(`the ${mainImports.length} modules main imports (${mainImports.join(", ")}) and the ${needed.size} packages they need`, missing);
  const devOnly = Object.keys(pkg.devDependencies).filter((name) => dirs.has(`node_modules/${name}`) && !needed.has(`node_modules/${name}`));
  check("no package main does not need (renderer libraries and tools are devDependencies)", [
    ...[...dirs].filter((d) => !needed.has(d)).map((d) => `${d} is packed but nothing main imports needs it`),
    ...devOnly.map((name) => `${name} is a devDependency yet packed`),
  ]);

  // The packed modules load: extract the asar and import each of main's modules from out/main.
  const extracted = path.join(work, "extracted");
  asar.extractAll(asarFile, extracted);
  // electron-store imports electron, which exists only inside Electron: a stub stands in for it here.
  await mkdir(path.join(extracted, "node_modules/electron"), { recursive: true });
  await writeFile(path.join(extracted, "node_modules/electron/index.js"), "module.exports = {};\n");
  const probe = path.join(extracted, "out/main/probe.mjs");
  await writeFile(probe, `${mainImports.map((name) => `await import(${JSON.stringify(name)});`).join("\n")}\n`);
  let loadProblem = [];
  try {
    await run(process.execPath, [probe], { cwd: extracted });
  } catch (error) {
    loadProblem = [error.message.split("\n").slice(0, 6).join(" | ")];
  }
  check(`those modules load from the packed tree (plain Node ${process.versions.node}, a stub for electron)`, loadProblem);

  // extraResources: the workspace and the tray icons beside the asar, file for file.
  const workspaceProblems = [];
  for (const [from, to, filter] of [["assets/workspace", "workspace", () => true], ["assets/tray", "tray", (f) => f.endsWith(".png")]]) {
    const want = (await listFiles(path.join(REPO, from))).filter(filter);
    const got = existsSync(path.join(resources, to)) ? await listFiles(path.join(resources, to)) : [];
    for (const f of want) if (!got.includes(f)) workspaceProblems.push(`resources/${to}/${f} is missing`);
    for (const f of got) if (!want.includes(f)) workspaceProblems.push(`resources/${to}/${f} is not in ${from}`);
  }
  check("the workspace and the tray icons beside the asar (resources/workspace, resources/tray)", workspaceProblems);

  // The fuses electron-builder.yml asks for, as flipped in the packaged binary.
  const wire = await getCurrentFuseWire(path.join(app, config.executableName));
  const fuseProblems = [];
  for (const [key, wanted] of Object.entries(config.electronFuses ?? {})) {
    if (!(key in FUSE_KEYS)) continue;
    const actual = wire[FUSE_KEYS[key]] === 49;
    if (actual !== wanted) fuseProblems.push(`${key} is ${actual ? "on" : "off"} in the binary; electron-builder.yml says ${wanted ? "on" : "off"}`);
  }
  for (const [key, wanted] of [["runAsNode", false], ["enableNodeOptionsEnvironmentVariable", false], ["enableNodeCliInspectArguments", false], ["onlyLoadAppFromAsar", true], ["enableEmbeddedAsarIntegrityValidation", true]]) {
    if (config.electronFuses?.[key] !== wanted) fuseProblems.push(`electron-builder.yml must set electronFuses.${key}: ${wanted}`);
  }
  check(`the fuses in the packaged binary (${Object.entries(config.electronFuses ?? {}).map(([k, v]) => `${k} ${v ? "on" : "off"}`).join(", ")})`, fuseProblems);

  // Icons at the sizes each platform wants.
  const iconProblems = [];
  const linuxIcons = path.join(REPO, config.linux.icon);
  const pngs = existsSync(linuxIcons) ? (await readdir(linuxIcons)).filter((f) => f.endsWith(".png")) : [];
  for (const size of [16, 32, 48, 64, 128, 256, 512]) if (!pngs.includes(`${size}x${size}.png`)) iconProblems.push(`${config.linux.icon}/${size}x${size}.png is missing`);
  for (const f of pngs) if ((await pngSize(path.join(linuxIcons, f))) !== f.replace(".png", "")) iconProblems.push(`${config.linux.icon}/${f} is ${await pngSize(path.join(linuxIcons, f))}`);
  const icns = await readFile(path.join(REPO, config.mac.icon)).catch(() => Buffer.alloc(0));
  if (icns.toString("ascii", 0, 4) !== "icns" || !icns.includes(Buffer.from("ic10"))) iconProblems.push(`${config.mac.icon} is not an icns with a 1024x1024 (ic10) image`);
  const ico = await readFile(path.join(REPO, config.win.icon)).catch(() => Buffer.alloc(0));
  const icoSizes = ico.readUInt16LE?.(0) === 0 && ico.length > 6 ? Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + i * 16] || 256) : [];
  for (const size of [16, 32, 48, 256]) if (!icoSizes.includes(size)) iconProblems.push(`${config.win.icon} has no ${size}x${size} image (has ${icoSizes.join(", ") || "none"})`);
  check(`icons: ${config.linux.icon}/ (${pngs.length} sizes), ${config.mac.icon}, ${config.win.icon} (${icoSizes.join(", ")})`, iconProblems);

  // The payload: the asar and anything unpacked beside it.
  const unpacked = path.join(resources, "app.asar.unpacked");
  const unpackedFiles = existsSync(unpacked) ? await listFiles(unpacked) : [];
  let unpackedBytes = 0;
  for (const f of unpackedFiles) unpackedBytes += (await stat(path.join(unpacked, f))).size;
  const asarBytes = (await stat(asarFile)).size;
  const payload = (asarBytes + unpackedBytes) / MB;
  check(`payload ${payload.toFixed(1)} MB (app.asar ${(asarBytes / MB).toFixed(1)} MB, ${files.length} entries; unpacked ${unpackedFiles.length} files, ${(unpackedBytes / MB).toFixed(1)} MB), limit ${PAYLOAD_LIMIT_MB} MB`, payload > PAYLOAD_LIMIT_MB ? [`over ${PAYLOAD_LIMIT_MB} MB`] : []);
} finally {
  await rm(work, { recursive: true, force: true });
}

const failed = results.filter((r) => r.problems.length).length;
console.log(`package check against a stand-in Electron ${electronVersion} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
