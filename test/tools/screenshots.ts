/**
 * `npm run screenshots`: one PNG per view, light and dark, at 1280×800 (and the Now view at 800×600),
 * into assets/screenshots/, from the browser test host on the default workspace at fixed instants:
 * 10 Mar 2026 (a late pipeline and open alerts) and 24 Dec 2026 (the Christmas rule in the calendar).
 * Run it after `electron-vite build` (the npm script does).
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Page } from "@playwright/test";
import { routes } from "../../shared/ipc/routes";
import { DESK_NOW, openDesk, RENDERER_DIR, REPO } from "../e2e/support/open-desk";
import { serveStatic } from "../e2e/support/static-server";
import { launchChromium } from "./launch-chromium";

/** Christmas Eve 2026, 10:00 in New York: holidays, time off and the schedule check's Christmas error. */
const DECEMBER = new Date("2026-12-24T15:00:00Z");

const OUT = path.join(REPO, "assets/screenshots");

/** One picture: the file name's view part, the route, the instant, the window size and what shows it is ready. */
interface Shot {
  name: string;
  path: string;
  now?: Date;
  size?: { width: number; height: number };
  /** Runs after the view is open (a tab to pick). */
  prepare?: (page: Page) => Promise<void>;
  ready: string;
}

const SHOTS: Shot[] = [
  { name: "now", path: routes.now(), ready: ".board tbody tr" },
  { name: "now-800x600", path: routes.now(), size: { width: 800, height: 600 }, ready: ".board tbody tr" },
  { name: "pipelines", path: routes.pipelines(), ready: "tbody tr[data-state]:not([data-state=unread])" },
  { name: "pipeline", path: routes.pipeline("aggregate_profit"), ready: ".timeline__col" },
  { name: "runbooks", path: routes.runbooks(), ready: "[data-runbook]" },
  { name: "runbook", path: routes.runbook("aggregate_profit"), ready: ".steps li" },
  { name: "incidents", path: routes.incidents(), ready: ".view .status" },
  { name: "rotation", path: routes.rotation(), now: DECEMBER, prepare: (page) => page.getByRole("tab", { name: "Month" }).click(), ready: ".cal-month .cal-shift" },
  { name: "rotation-week", path: routes.rotation(), now: DECEMBER, prepare: (page) => page.getByRole("tab", { name: "Week" }).click(), ready: ".cal-week .cal-shift" },
  { name: "team", path: routes.team(), ready: ".card [data-list-item], .card" },
  { name: "risks", path: routes.risks(), ready: ".risk" },
  { name: "kpis", path: routes.kpis(), ready: ".kpis tbody tr" },
  { name: "sources", path: routes.sources(), ready: ".source" },
  { name: "settings", path: routes.settings(), ready: "input[name=theme]" },
];

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const server = await serveStatic(RENDERER_DIR);
  const browser = await launchChromium();
  try {
    for (const scheme of ["light", "dark"] as const) {
      for (const shot of SHOTS) {
        const page = await browser.newPage({ viewport: shot.size ?? { width: 1280, height: 800 }, colorScheme: scheme });
        // "alex" is this machine's engineer, so "you" shows where it applies.
        const { stop } = await openDesk(page, server.origin, { now: shot.now ?? DESK_NOW, path: shot.path, settings: { identity: { kind: "engineer", engineer: "alex" } } });
        try {
          await page.locator("main h1").first().waitFor();
          await shot.prepare?.(page);
          await page.locator(shot.ready).first().waitFor();
          // Fonts and the last query settle before the picture.
          await page.evaluate("document.fonts.ready.then(() => undefined)");
          await page.waitForLoadState("networkidle");
          const file = path.join(OUT, `${shot.name}-${scheme}.png`);
          await page.screenshot({ path: file });
          console.log(path.relative(REPO, file));
        } finally {
          await stop();
          await page.close();
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
