#!/usr/bin/env node
// The `oncall-desk` command. It runs the bundle built at install (`prepare` writes
// out/cli/oncall-desk.cjs): plain Node, nothing compiled per run, and V8's compiled code of the
// bundle kept beside it after the first run. Without a bundle — or with OCD_CLI_FROM_SOURCE=1
// while changing the code — it runs main/cli.ts from source through tsx.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import path from "node:path";
import { URL, fileURLToPath } from "node:url";
import vm from "node:vm";

const repo = path.resolve(fileURLToPath(new URL("../..", import.meta.url)));
const bundle = path.join(repo, "out/cli/oncall-desk.cjs");

/**
 * Runs the CommonJS bundle as require() would, but through a code cache: a run compiles only what
 * the previous run did not. The cache is keyed by Node, architecture and the bundle's content, so
 * a rebuilt bundle or another Node never gets stale code; `save` writes it after the command ran,
 * when it holds every function the command compiled.
 */
function loadBundle(file) {
  const source = readFileSync(file, "utf8");
  const key = createHash("sha256").update(`${process.version} ${process.arch}\n`).update(source).digest("hex").slice(0, 16);
  const cacheFile = path.join(path.dirname(file), `.v8-cache-${key}`);
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
  const save = () => {
    if (cachedData && !script.cachedDataRejected) return;
    try {
      const temporary = `${cacheFile}.${process.pid}`;
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, cacheFile);
    } catch {
      // A read-only install: every run compiles, as plain Node would.
    }
  };
  return { runCli: module.exports.runCli, save };
}

async function loadFromSource() {
  try {
    const { register } = await import("tsx/esm/api");
    register();
  } catch {
    process.stderr.write(`oncall-desk: not built (${bundle} is missing) and tsx, which runs it from source, is not installed: run "npm install" in ${repo} (it builds the command line).\n`);
    process.exit(1);
  }
  const { runCli } = await import("../cli.ts");
  return { runCli, save: () => undefined };
}

// Run by build-cli.mjs right after bundling (OCD_CLI_WARM_UP=1): the commands on the embedded (demo)
// workspace, offline and writing nothing, so the code cache saved afterwards covers them all, not just the first one run.
const WARM_UP = [
  ["help"],
  ["validate"],
  ["now", "--at", "2026-12-25T10:00"],
  ["escalation", "aggregate_profit", "--at", "2026-12-25T10:00"],
  ["schedule", "--from", "2026-03-01", "--to", "2026-03-15", "--format", "ics"],
  ["fairness", "--from", "2026-01-01", "--to", "2026-03-01"],
  ["lint", "--from", "2026-12-01", "--to", "2027-01-15"],
  ["status", "--once", "--at", "2026-03-10T15:00Z"],
  ["kpis", "--at", "2026-03-10T15:00Z"],
  ["check-sources"],
];

const { runCli, save } = process.env.OCD_CLI_FROM_SOURCE !== "1" && existsSync(bundle) ? loadBundle(bundle) : await loadFromSource();
if (process.env.OCD_CLI_WARM_UP === "1") {
  const quiet = { out: { write: () => true }, err: { write: () => true }, env: process.env };
  for (const args of WARM_UP) await runCli(args, quiet);
} else {
  process.exitCode = await runCli(process.argv.slice(2), { out: process.stdout, err: process.stderr, env: process.env });
}
save();
