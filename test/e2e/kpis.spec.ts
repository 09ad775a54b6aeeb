import { expect, test } from "./support/desk-fixture";

test("the KPI section shows overall and the five demo pipelines against their targets; 30 days widens the range", async ({ openDesk }) => {
  const { page } = await openDesk();
  const section = page.getByRole("region", { name: "KPIs" });
  const rows = section.locator("tbody tr");
  await expect(rows).toHaveCount(6);
  await expect(rows.first()).toHaveAttribute("data-pipeline", "overall");
  await expect(rows.first().locator("td").first()).toHaveText("Overall");
  await expect(section.getByText("DEMO DATA")).toBeVisible();
  await expect(section.locator("thead th")).toHaveText(["Pipeline", "SLA compliance", "uptime", "MTTR", "freshness (median)", "freshness (p95)", "MTTA", "resolution", "completeness", "accuracy"]);
  // The demo source reports no data quality: said in words, never as a number.
  await expect(rows.first().locator("td").nth(8)).toHaveText("not measured by any source");
  // Every measured cell says met or missed, with its target on hover.
  const measured = section.locator("tbody td[data-met=met], tbody td[data-met=missed]");
  expect(await measured.count()).toBeGreaterThan(0);
  await expect(measured.first()).toHaveAttribute("title", /^target [≥≤] /);

  const range = section.getByLabel("KPI range");
  await expect(range).toContainText("Last 7 days");
  // The frozen now is Tue Mar 10, so 7 days back is Tue Mar 3 and 30 days back Sun Feb 8.
  await expect(range.locator("time").first()).toContainText("Mar 3");
  await section.getByRole("button", { name: "30 days" }).click();
  await expect(range).toContainText("Last 30 days");
  await expect(range.locator("time").first()).toContainText("Feb 8");
  await expect(rows).toHaveCount(6);

  // An acknowledgement is a status change: the KPIs re-fetch and MTTA has something to measure.
  const overallMtta = rows.first().locator("td").nth(6);
  await expect(overallMtta).toHaveText("—");
  await page.getByRole("region", { name: "Open alerts" }).getByRole("button", { name: "Acknowledge" }).first().click();
  await expect(overallMtta).toHaveAttribute("data-met", "met");
  await section.screenshot({ path: "/tmp/oncall-desk-kpis.png" });
  await page.screenshot({ path: "/tmp/oncall-desk-kpis-page.png", fullPage: true });
});
