#!/usr/bin/env node
// The `oncall-desk` command: runs main/cli.ts on plain Node through tsx, so it works right after
// `npm install` with no build step, from the same code as the app.
import { register } from "tsx/esm/api";

register();
const { runCli } = await import("../cli.ts");
process.exitCode = await runCli(process.argv.slice(2), { out: process.stdout, err: process.stderr, env: process.env });
