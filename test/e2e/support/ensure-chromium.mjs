#!/usr/bin/env node
// Run by `npm run test:e2e` before Playwright: the browser tests need a Chromium that starts.
// Finds one (CHROMIUM_PATH, Debian's /usr/bin/chromium, …, Playwright's own), installs one where
// it can (apt-get as root on Debian, else Playwright's download), or stops at once with one line
// saying what to install.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { chromiumArgs, ensureChromium } from "./chromium.mjs";

/** Runs a command quietly; true, or the last line it printed. */
function quietly(command, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], env });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", (error) => resolve(error.message));
    child.on("close", (code) => resolve(code === 0 ? true : (output.trim().split("\n").at(-1) ?? `exit code ${code}`)));
  });
}

async function launches(executablePath) {
  try {
    const browser = await chromium.launch({ executablePath, args: chromiumArgs(), timeout: 30_000 });
    await browser.close();
    return true;
  } catch (error) {
    return error.message.split("\n").find((line) => line.trim()) ?? "it does not start";
  }
}

async function install(how) {
  if (how === "playwright") return quietly(process.execPath, [fileURLToPath(import.meta.resolve("@playwright/test/cli")), "install", "chromium"]);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const updated = await quietly("apt-get", ["update"], env);
  return updated === true ? quietly("apt-get", ["install", "-y", "chromium"], env) : updated;
}

const problem = await ensureChromium({
  env: process.env,
  exists: existsSync,
  launches,
  isRoot: process.getuid?.() === 0,
  isDebian: existsSync("/etc/debian_version") && existsSync("/usr/bin/apt-get"),
  install,
  log: (line) => console.log(line),
});
if (problem) {
  process.stderr.write(`${problem}\n`);
  process.exit(1);
}
