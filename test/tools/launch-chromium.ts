/** Chromium for the tools outside the test runner (screenshots, renderer budgets), launched as playwright.config.ts launches it. */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "@playwright/test";

/** Debian's Chromium (CHROMIUM_PATH overrides), headless, sandbox off as root like the tests. */
export function launchChromium(): Promise<Browser> {
  const executable = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  return chromium.launch({
    executablePath: existsSync(executable) ? executable : undefined,
    args: [...(process.getuid?.() === 0 ? ["--no-sandbox"] : []), "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}
