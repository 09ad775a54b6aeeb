#!/usr/bin/env node
// How fast `oncall-desk` answers, against a bare `node -e 0` on the same machine at the same time:
// each command is run as a user runs it (a new Node process on main/bin/oncall-desk.mjs), the
// runs interleaved with the baseline's so both see the same load. Target: at most 6x the baseline.
//   npm run bench:cli [-- --runs N]
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const REPO = path.resolve(import.meta.dirname, "../..");
const BIN = path.join(REPO, "main/bin/oncall-desk.mjs");
const TARGET = 6;
const { values } = parseArgs({ options: { runs: { type: "string", default: "15" } } });
const runs = Number(values.runs);
const state = mkdtempSync(path.join(tmpdir(), "ocd-bench-state-"));

const CASES = {
  "node -e 0": ["-e", "0"],
  now: [BIN, "now"],
  "status --once (demo)": [BIN, "status", "--once", "--state", state],
  validate: [BIN, "validate"],
};

/** Wall-clock milliseconds of one run; a run that fails is an error, not a figure. */
function time(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: REPO, encoding: "utf8", env: { ...process.env, OCD_CLI_FROM_SOURCE: "" } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  // status exits 2 or 3 when a (demo) pipeline is late or unknown: that is an answer, not a failure.
  if (result.status === null || result.status === 1 || result.status > 3) throw new Error(`${args.join(" ")} failed (${result.status}): ${result.stderr}`);
  return ms;
}

const samples = Object.fromEntries(Object.keys(CASES).map((name) => [name, []]));
for (const args of Object.values(CASES)) time(args); // warm the file cache
for (let i = 0; i < runs; i++) for (const [name, args] of Object.entries(CASES)) samples[name].push(time(args));
rmSync(state, { recursive: true, force: true });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const min = (xs) => Math.min(...xs);
const base = samples["node -e 0"];
let failed = false;
console.log(`${runs} runs each, interleaved; Node ${process.versions.node}; load average ${(await import("node:os")).loadavg().map((l) => l.toFixed(1)).join(" ")}`);
console.log(`${"command".padEnd(22)} ${"min ms".padStart(8)} ${"median ms".padStart(10)} ${"× node -e 0 (median)".padStart(22)}`);
for (const [name, xs] of Object.entries(samples)) {
  const ratio = median(xs) / median(base);
  const over = name !== "node -e 0" && ratio > TARGET;
  failed ||= over;
  console.log(`${name.padEnd(22)} ${min(xs).toFixed(0).padStart(8)} ${median(xs).toFixed(0).padStart(10)} ${ratio.toFixed(1).padStart(21)}×${over ? "  over the target" : ""}`);
}
console.log(failed ? `FAIL: over ${TARGET}× node -e 0` : `ok: every command within ${TARGET}× node -e 0`);
process.exitCode = failed ? 1 : 0;
