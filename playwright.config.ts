// End-to-end tests. The renderer project runs the built renderer in Chromium: CHROMIUM_PATH,
// Debian's /usr/bin/chromium (what CI installs) or another system Chromium, else Playwright's own
// (`npm run test:e2e` makes sure one starts first: test/e2e/support/ensure-chromium.mjs). The
// electron project runs only where an Electron binary exists.
import { defineConfig } from "@playwright/test";
import { chromiumArgs, findChromium } from "./test/e2e/support/chromium.mjs";

const chromium = findChromium();

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
        launchOptions: { executablePath: chromium.missing ? undefined : chromium.path, args: chromiumArgs() },
      },
    },
    { name: "electron", testMatch: /electron\.spec\.ts$/ },
  ],
});
