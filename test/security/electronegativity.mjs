#!/usr/bin/env node
// Security gate: runs Electronegativity's JS API over the app's sources (main/, renderer/,
// shared/) and fails on any HIGH or CRITICAL finding, or on a file it could not parse (a file it
// could not read is a file it did not check). The CLI always exits 0, hence this script.
// Lower findings are printed for review; the tentative ones (openExternal, preload) are by design.
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";

const require = createRequire(import.meta.url);
const run = require("@doyensec/electronegativity");

const repo = path.resolve(import.meta.dirname, "../..");
const SCANNED = ["main", "renderer", "shared", "package.json"];
const BLOCKING = new Set(["HIGH", "CRITICAL"]);

// Scan a copy of exactly the app's sources: the repo root would also pull in out/ (whose bundle
// it cannot parse) and tests (whose fakes are not the app).
const staging = await mkdtemp(path.join(tmpdir(), "oncall-desk-electronegativity-"));
try {
  for (const entry of SCANNED) await cp(path.join(repo, entry), path.join(staging, entry), { recursive: true });
  const pkg = JSON.parse(await readFile(path.join(repo, "package.json"), "utf8"));
  const result = await run({ input: staging, isRelative: true, electronVersionOverride: pkg.devDependencies.electron });
  const severity = (issue) => issue.severity.name ?? String(issue.severity);
  const line = (issue) =>
    `${severity(issue)} ${issue.confidence.name ?? issue.confidence} ${issue.id} ${issue.file}:${issue.location.line}:${issue.location.column}${issue.manualReview ? " (review)" : ""}`;
  const blocking = result.issues.filter((issue) => BLOCKING.has(severity(issue)));
  const unparsed = result.errors.filter((error) => !error.tolerable);
  for (const issue of result.issues) console.log(line(issue));
  for (const error of unparsed) console.log(`ERROR could not parse ${path.relative(staging, error.file)}: ${error.message}`);
  console.log(`electronegativity: ${result.globalChecks + result.atomicChecks} checks, ${result.issues.length} findings, ${blocking.length} high/critical, ${unparsed.length} unparsed files`);
  process.exitCode = blocking.length > 0 || unparsed.length > 0 ? 1 : 0;
} finally {
  await rm(staging, { recursive: true, force: true });
}
