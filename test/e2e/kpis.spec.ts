import { routes } from "../../shared/ipc/routes";
import { expect, test } from "./support/desk-fixture";
import { firstSnapshot, runningDesk } from "./support/domain";
import { KPI_COLUMNS, KPI_COUNTS } from "../../shared/domain/kpis/format-kpi";

/** The index of a KPI's cell in a row (the pipeline's name is a row header, not a cell). */
const column = (key: (typeof KPI_COLUMNS)[number][0]) => KPI_COLUMNS.findIndex(([k]) => k === key);

test("the KPIs view shows overall and the five demo pipelines against their targets; 30 days widens the range", async ({ openDesk }) => {
  const { page, services } = await openDesk({ path: routes.kpis() });
  const section = page.locator("main");
  const rows = section.locator("tbody tr");
  await expect(rows).toHaveCount(6);
  await expect(rows.first()).toHaveAttribute("data-pipeline", "overall");
  await expect(rows.first().locator("th")).toHaveText("Overall");
  await expect(section.getByText("DEMO DATA")).toBeVisible();
  await expect(section.locator("thead th")).toHaveText(["Pipeline", "SLA compliance", "uptime", "MTTR", "freshness (median)", "freshness (p95)", "MTTA", "resolution", "completeness", "accuracy"]);
  // The demo source reports no data quality: said in words, never as a number.
  await expect(rows.first().locator("td").nth(column("completeness"))).toHaveText("not measured by any source");
  // Every cell says met or missed as the monitor's report does, with its target on hover.
  await firstSnapshot(services);
  const report = (await runningDesk(services)).monitor.kpis(7);
  const verdicts = (set: typeof report.overall) => KPI_COLUMNS.map(([key]) => (set[key].met === null ? "none" : set[key].met ? "met" : "missed"));
  const shown = await rows.evaluateAll((trs) => trs.map((tr) => [tr.getAttribute("data-pipeline"), [...tr.querySelectorAll("td")].map((td) => td.getAttribute("data-met"))]));
  expect(shown).toEqual([["overall", verdicts(report.overall)], ...Object.entries(report.pipelines).map(([id, set]) => [id, verdicts(set)])]);
  await expect(section.locator("tbody td[data-met=met]").first()).toHaveAttribute("title", /^target [≥≤] /);
  // Each measured figure says how many things it counts and draws its daily series (one point per local day of the window, named in words);
  // a figure no source reports has neither.
  const overall = rows.first();
  for (const [key] of KPI_COLUMNS) {
    const cell = overall.locator(`td[data-kpi=${key}]`);
    const kpi = report.overall[key];
    if (kpi.unmeasured !== undefined && kpi.value === null) {
      await expect(cell.locator("svg, .kpi__count")).toHaveCount(0);
      continue;
    }
    await expect(cell.locator(".kpi__count")).toHaveText(`${KPI_COUNTS[key].counts}: ${kpi.count}`);
    if (kpi.daily.every((d) => d.value === null)) await expect(cell.getByRole("img")).toHaveCount(0);
    else await expect(cell.getByRole("img", { name: /^Daily, Mar 3 to Mar 10: first / })).toHaveAttribute("data-days", String(kpi.daily.length));
  }
  expect(report.overall.slaCompliance.daily.map((d) => d.date)).toEqual(["2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06", "2026-03-07", "2026-03-08", "2026-03-09", "2026-03-10"]);
  await expect(section.getByRole("region", { name: "What each figure counts" }).locator("dt")).toHaveText(KPI_COLUMNS.map(([, label]) => label));

  const range = section.getByLabel("KPI range");
  await expect(range).toContainText("Last 7 days");
  // The frozen now is Tue Mar 10, so 7 days back is Tue Mar 3 and 30 days back Sun Feb 8.
  await expect(range.locator("time").first()).toContainText("Mar 3");
  await section.getByRole("button", { name: "30 days" }).click();
  await expect(range).toContainText("Last 30 days");
  await expect(range.locator("time").first()).toContainText("Feb 8");
  await expect(rows).toHaveCount(6);

  // An acknowledgement (here from main, as the tray or another window would) is a status change: the KPIs re-fetch and MTTA has something to measure.
  const overallMtta = rows.first().locator("td").nth(column("mtta"));
  await expect(overallMtta).toHaveText(/^—/);
  await expect(overallMtta.locator(".kpi__count")).toHaveText("acknowledgements: 0");
  const desk = await runningDesk(services);
  desk.monitor.book.acknowledge(desk.monitor.status.snapshot().alerts[0]!.id);
  await expect(overallMtta).toHaveAttribute("data-met", "met");
});
