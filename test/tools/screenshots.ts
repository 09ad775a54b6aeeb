/**
 * `npm run screenshots`: one PNG per view, light and dark, at 1280×800 (and the Now view at 800×600),
 * into assets/screenshots/, from the browser test host on the default workspace at fixed instants:
 * 10 Mar 2026 (a late pipeline and open alerts) and 24 Dec 2026 (the Christmas rule in the calendar).
 * Run it after `electron-vite build` (the npm script does). Names given after `--` take only those
 * pictures (`npm run screenshots -- runbook runbooks-search`), so one view's change redraws only its own.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { DESK_NOW, openDesk, RENDERER_DIR, REPO } from "../e2e/support/open-desk";
import { serveStatic } from "../e2e/support/static-server";
import { VIEW_TOUR, visit } from "../e2e/support/view-tour";
import { launchChromium } from "./launch-chromium";

/** Christmas Eve 2026, 10:00 in New York: holidays, time off and the schedule check's Christmas error. */
const DECEMBER = new Date("2026-12-24T15:00:00Z");

const OUT = path.join(REPO, "assets/screenshots");

/** The instant of each picture: December for the calendars, else the desk's March day with a late pipeline and open alerts. */
function instantOf(name: string): Date {
  return name.startsWith("rotation") ? DECEMBER : DESK_NOW;
}

/** Every stop of the tour at 1280×800, and the Now view at 800×600 too. */
const ALL_SHOTS = [...VIEW_TOUR.map((stop) => ({ stop, name: stop.name, size: { width: 1280, height: 800 } })), { stop: VIEW_TOUR[0]!, name: "now-800x600", size: { width: 800, height: 600 } }];

/** The pictures asked for by name on the command line, else all; an unknown name is an error, not a silent no-op. */
function chosenShots(names: readonly string[]): typeof ALL_SHOTS {
  const unknown = names.filter((name) => !ALL_SHOTS.some((shot) => shot.name === name));
  if (unknown.length > 0) throw new Error(`no such screenshot: ${unknown.join(", ")} (known: ${ALL_SHOTS.map((shot) => shot.name).join(", ")})`);
  return names.length === 0 ? ALL_SHOTS : ALL_SHOTS.filter((shot) => names.includes(shot.name));
}

const SHOTS = chosenShots(process.argv.slice(2));

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const server = await serveStatic(RENDERER_DIR);
  const browser = await launchChromium();
  try {
    for (const scheme of ["light", "dark"] as const) {
      for (const shot of SHOTS) {
        const page = await browser.newPage({ viewport: shot.size, colorScheme: scheme });
        // "alex" is this machine's engineer, so "you" shows where it applies.
        const { stop } = await openDesk(page, server.origin, { now: instantOf(shot.name), settings: { identity: { kind: "engineer", engineer: "alex" } } });
        try {
          await visit(page, server.origin, shot.stop);
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
