// Which Chromium the browser tests drive, and how a machine without one gets one. Shared by
// playwright.config.ts (which browser) and ensure-chromium.mjs (run before the tests by npm test).
import { existsSync } from "node:fs";

/** Browsers a system may have, best first: Debian's Chromium (what CI installs), then others. */
export const SYSTEM_CHROMIUMS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome-stable", "/usr/bin/google-chrome"];

/** CHROMIUM_PATH when set (`missing` when it names nothing), else the first system browser, else none (Playwright's own). */
export function findChromium(env = process.env, exists = existsSync) {
  if (env.CHROMIUM_PATH) return exists(env.CHROMIUM_PATH) ? { path: env.CHROMIUM_PATH } : { path: env.CHROMIUM_PATH, missing: true };
  const path = SYSTEM_CHROMIUMS.find((p) => exists(p));
  return path ? { path } : {};
}

/** Chromium's arguments for tests: as root (CI containers) its sandbox cannot start, and it is not what they check. */
export function chromiumArgs(isRoot = process.getuid?.() === 0) {
  return [...(isRoot ? ["--no-sandbox"] : []), "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
}

const WHAT_TO_DO =
  "Install one: as root on Debian or Ubuntu `apt-get install chromium`; elsewhere `npx playwright install chromium`; or set CHROMIUM_PATH to a Chromium or Chrome binary.";

/**
 * Makes sure the browser tests have a Chromium that starts, installing one when it can: Debian's
 * `chromium` through apt-get when root on Debian, else Playwright's own download. Resolves with
 * the one line to print when there is none (undefined when there is one).
 */
export async function ensureChromium(facts) {
  const found = findChromium(facts.env, facts.exists);
  if (found.missing) return `The browser tests cannot run: CHROMIUM_PATH=${found.path} does not exist. ${WHAT_TO_DO}`;
  const first = await facts.launches(found.path);
  if (first === true) return undefined;
  // A browser that is there but does not start is reported as it is: installing another would hide it.
  if (found.path) return `The browser tests cannot run: ${found.path} does not start (${first}). ${WHAT_TO_DO}`;
  const install = facts.isRoot && facts.isDebian ? { what: "Debian's chromium (apt-get install chromium)", path: SYSTEM_CHROMIUMS[0] } : { what: "Playwright's Chromium (npx playwright install chromium)", path: undefined };
  facts.log(`No Chromium for the browser tests: installing ${install.what}…`);
  const installed = await facts.install(install.path ? "apt" : "playwright");
  const after = installed === true ? await facts.launches(install.path) : installed;
  if (after === true) return undefined;
  return `The browser tests cannot run: no Chromium was found (${[...SYSTEM_CHROMIUMS, "Playwright's own"].join(", ")}) and installing ${install.what} failed (${after}). ${WHAT_TO_DO}`;
}
