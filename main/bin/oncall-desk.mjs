#!/usr/bin/env node
// The `oncall-desk` command. It runs the bundle built at install (`prepare` writes
// out/cli/oncall-desk.mjs): plain Node, nothing compiled per run. Without a bundle — or with
// OCD_CLI_FROM_SOURCE=1 while changing the code — it runs main/cli.ts from source through tsx.
import { existsSync } from "node:fs";
import module from "node:module";
import path from "node:path";
import { URL, fileURLToPath } from "node:url";

// Node 22.1+ keeps V8's compiled code of the bundle between runs; older Node has no such API.
module.enableCompileCache?.();

const bundle = new URL("../../out/cli/oncall-desk.mjs", import.meta.url);
const repo = path.resolve(fileURLToPath(new URL("../..", import.meta.url)));

async function loadCli() {
  if (process.env.OCD_CLI_FROM_SOURCE !== "1" && existsSync(bundle)) return import(bundle.href);
  try {
    const { register } = await import("tsx/esm/api");
    register();
  } catch {
    process.stderr.write(
      `oncall-desk: not built (${fileURLToPath(bundle)} is missing) and tsx, which runs it from source, is not installed: ` +
        `run "npm install" in ${repo} (it builds the command line).\n`,
    );
    process.exit(1);
  }
  return import("../cli.ts");
}

const { runCli } = await loadCli();
process.exitCode = await runCli(process.argv.slice(2), { out: process.stdout, err: process.stderr, env: process.env });
