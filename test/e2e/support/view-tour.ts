/** Every view of the window with what shows it is ready: the accessibility scan and the screenshot tool both walk it. */
import type { Page } from "@playwright/test";
import type { OncallApi } from "../../../shared/ipc/contract";
import { routes } from "../../../shared/ipc/routes";

/** One stop: a name (also the screenshot's), the route, what marks it ready, and what to do first (a tab to pick). */
export interface TourStop {
  name: string;
  path: string;
  ready: string;
  prepare?: (page: Page) => Promise<void>;
}

const tab = (name: string) => (page: Page) => page.getByRole("tab", { name }).click();

/**
 * Makes sure the desk has an incident worth looking at, through the page's own bridge: started from
 * the first open alert, step 1 done with a note, step 2 skipped with its reason, a note, an
 * escalation. Returns its id (the existing one when there is one already).
 */
export function seedIncident(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const api = (globalThis as unknown as { oncall: OncallApi }).oncall;
    const [existing] = await api.listIncidents({});
    if (existing) return existing.id;
    const alert = (await api.getStatus({}))?.alerts.find((a) => a.state === "open");
    const incident = await api.startIncident(alert ? { alertId: alert.id } : { pipelineId: "aggregate_profit" });
    const incidentId = incident.id;
    await api.setIncidentStep({ incidentId, n: 1, outcome: "done", note: "upstream finished at 05:40 UTC" });
    await api.setIncidentStep({ incidentId, n: 2, outcome: "skipped", reason: "finance VPN down for everyone; IT is on it" });
    await api.addIncidentNote({ incidentId, text: "Finance DB refuses connections since 05:50 UTC" });
    await api.escalateIncident({ incidentId });
    return incidentId;
  });
}

/** Opens the seeded incident from the list. */
async function openSeededIncident(page: Page): Promise<void> {
  const id = await seedIncident(page);
  await page.locator(`tr[data-incident="${id}"] a`).click();
}

/** Presses the heat map's cell (the demo register has two risks at likelihood 3 × impact 4) and scrolls the map to the top, the register under it. */
const pressCell = (likelihood: number, impact: number) => async (page: Page) => {
  await page.locator(`td[data-likelihood="${likelihood}"][data-impact="${impact}"] button`).click();
  await page.locator(".heatmap").evaluate((map) => map.closest("section")!.scrollIntoView({ block: "start" }));
};

/** The views, each once; the Rotation view once per tab that draws something different, the Risks view once more filtered by a cell. */
export const VIEW_TOUR: readonly TourStop[] = [
  { name: "now", path: routes.now(), ready: ".board tbody tr" },
  { name: "pipelines", path: routes.pipelines(), ready: "tbody tr[data-state]:not([data-state=unread])" },
  { name: "pipeline", path: routes.pipeline("aggregate_profit"), ready: ".timeline__col" },
  { name: "runbooks", path: routes.runbooks(), ready: "[data-runbook] [data-changed-from]" },
  { name: "runbooks-search", path: routes.runbooks(), ready: ".runbook-hits mark", prepare: (page) => page.getByRole("searchbox", { name: "Search runbooks" }).fill("data quality") },
  { name: "runbook", path: routes.runbook("aggregate_profit"), ready: ".runbook__aside .escalation li" },
  { name: "incidents", path: routes.incidents(), ready: "tr[data-incident]", prepare: (page) => seedIncident(page).then(() => undefined) },
  { name: "incident", path: routes.incidents(), ready: ".checklist li", prepare: openSeededIncident },
  { name: "handoff", path: routes.handoff(), ready: ".view .section" },
  { name: "rotation", path: routes.rotation(), ready: ".cal-month .cal-shift", prepare: tab("Month") },
  { name: "rotation-week", path: routes.rotation(), ready: ".cal-week .cal-shift", prepare: tab("Week") },
  { name: "rotation-upcoming", path: routes.rotation(), ready: ".shift" },
  { name: "rotation-check", path: routes.rotation(), ready: ".finding, .check .status", prepare: tab("Schedule check") },
  { name: "rotation-fairness", path: routes.rotation(), ready: ".bars__row", prepare: tab("Fairness") },
  { name: "team", path: routes.team(), ready: ".card" },
  { name: "risks", path: routes.risks(), ready: ".risk" },
  // A pressed heat-map cell filters the register: the pressed button and the filtered register are drawn (and scanned) too.
  { name: "risks-cell", path: routes.risks(), ready: '.heatmap__button[aria-pressed="true"]', prepare: pressCell(3, 4) },
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
