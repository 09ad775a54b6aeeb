// End-to-end tests. The renderer project runs the built renderer in Debian's Chromium (no browser
// download on these machines; CHROMIUM_PATH overrides, and without /usr/bin/chromium Playwright's
// own browser is used). The electron project runs only where an Electron binary exists.
import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "test/e2e",
  globalSetup: "./test/e2e/support/build-app.ts",
  // Two shared cores: one browser at a time keeps timings honest.
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"]],
  outputDir: "test-results",
  use: { trace: "retain-on-failure", screenshot: "only-on-failure" },
  projects: [
    {
      name: "renderer",
      testIgnore: /electron\.spec\.ts$/,
      use: {
        browserName: "chromium",
        viewport: { width: 1200, height: 820 },
        launchOptions: {
          executablePath: existsSync(chromium) ? chromium : undefined,
          args: [
            // Chromium's sandbox cannot start as root (CI containers); it is not what these tests check.
            ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
    { name: "electron", testMatch: /electron\.spec\.ts$/ },
  ],
});
