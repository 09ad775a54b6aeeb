/** Every view of the window with what shows it is ready: the accessibility scan and the screenshot tool both walk it. */
import type { Page } from "@playwright/test";
import { routes } from "../../../shared/ipc/routes";

/** One stop: a name (also the screenshot's), the route, what marks it ready, and what to do first (a tab to pick). */
export interface TourStop {
  name: string;
  path: string;
  ready: string;
  prepare?: (page: Page) => Promise<void>;
}

const tab = (name: string) => (page: Page) => page.getByRole("tab", { name }).click();

/** The views, each once; the Rotation view once per tab that draws something different. */
export const VIEW_TOUR: readonly TourStop[] = [
  { name: "now", path: routes.now(), ready: ".board tbody tr" },
  { name: "pipelines", path: routes.pipelines(), ready: "tbody tr[data-state]:not([data-state=unread])" },
  { name: "pipeline", path: routes.pipeline("aggregate_profit"), ready: ".timeline__col" },
  { name: "runbooks", path: routes.runbooks(), ready: "[data-runbook] [data-changed-from]" },
  { name: "runbooks-search", path: routes.runbooks(), ready: ".runbook-hits mark", prepare: (page) => page.getByRole("searchbox", { name: "Search runbooks" }).fill("data quality") },
  { name: "runbook", path: routes.runbook("aggregate_profit"), ready: ".runbook__aside .escalation li" },
  { name: "incidents", path: routes.incidents(), ready: ".view .status" },
  { name: "handoff", path: routes.handoff(), ready: ".view .section" },
  { name: "rotation", path: routes.rotation(), ready: ".cal-month .cal-shift", prepare: tab("Month") },
  { name: "rotation-week", path: routes.rotation(), ready: ".cal-week .cal-shift", prepare: tab("Week") },
  { name: "rotation-upcoming", path: routes.rotation(), ready: ".shift" },
  { name: "rotation-check", path: routes.rotation(), ready: ".finding, .check .status", prepare: tab("Schedule check") },
  { name: "rotation-fairness", path: routes.rotation(), ready: ".bars__row", prepare: tab("Fairness") },
  { name: "team", path: routes.team(), ready: ".card" },
  { name: "risks", path: routes.risks(), ready: ".risk" },
  { name: "kpis", path: routes.kpis(), ready: ".kpis tbody tr" },
  { name: "sources", path: routes.sources(), ready: ".source" },
  { name: "settings", path: routes.settings(), ready: "input[name=theme]" },
];

/** Opens a stop on a page already wired to a desk at `origin` (a fresh document, so no tab choice carries over), and waits until it is drawn. */
export async function visit(page: Page, origin: string, stop: TourStop): Promise<void> {
  await page.goto("about:blank");
  await page.goto(`${origin}/index.html#${stop.path}`);
  await page.locator("main h1").first().waitFor();
  await stop.prepare?.(page);
  await page.locator(stop.ready).first().waitFor();
}
