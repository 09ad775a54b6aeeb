import { formatDuration } from "../../shared/domain/duration";
import { KPI_COLUMNS } from "../../shared/domain/kpis/format-kpi";
import { routes } from "../../shared/ipc/routes";
import { expect, test } from "./support/desk-fixture";
import { embedded, firstSnapshot, runningDesk } from "./support/domain";

test("Pipelines lists the workspace's pipelines with their live state; the area filter keeps one area", async ({ openDesk }) => {
  const { ws } = await embedded();
  const { page, services } = await openDesk({ path: routes.pipelines() });
  const snapshot = await firstSnapshot(services);
  const table = page.getByRole("table", { name: "Pipelines" });
  await expect(table.locator("tbody tr")).toHaveCount(ws.pipelines.length);
  for (const p of snapshot.pipelines) await expect(table.locator(`tr[data-pipeline="${p.id}"]`)).toHaveAttribute("data-state", p.state);
  const profit = table.locator("tr[data-pipeline=aggregate_profit]");
  const pipeline = ws.pipelines.find((p) => p.id === "aggregate_profit")!;
  const name = (id: string) => ws.team.find((e) => e.id === id)!.name;
  await expect(profit.locator("td").nth(4)).toHaveText(pipeline.sla);
  await expect(profit.locator("td").nth(5)).toHaveText(pipeline.schedule);
  await expect(profit.locator("td").nth(6)).toHaveText(name(pipeline.owners.primary));
  await expect(profit.locator("td").nth(7)).toHaveText(name(pipeline.owners.secondary));

  await page.getByRole("group", { name: "Filter by area" }).getByRole("button", { name: "growth" }).click();
  await expect(table.locator("tbody tr")).toHaveCount(ws.pipelines.filter((p) => p.area === "growth").length);
  await table.getByRole("link", { name: "Daily Growth" }).click();
  await expect(page).toHaveURL(new RegExp(`#${routes.pipeline("daily_growth")}$`));
});

test("a pipeline shows its 7 days of intervals as the domain judges them, its recent runs with type and duration, its KPIs, owners, escalation and runbook", async ({ openDesk }) => {
  const { ws } = await embedded();
  const { page, services } = await openDesk({ path: routes.pipeline("aggregate_profit") });
  const snapshot = await firstSnapshot(services);
  const desk = await runningDesk(services);
  const history = desk.monitor.history("aggregate_profit", 7)!;
  const pipeline = ws.pipelines.find((p) => p.id === "aggregate_profit")!;
  const live = snapshot.pipelines.find((p) => p.id === pipeline.id)!;

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(pipeline.name);
  await expect(page.locator(".pipeline-state")).toHaveAttribute("data-state", live.state);
  await expect(page.locator(".pipeline-state")).toContainText(live.reason);

  const columns = page.getByRole("list", { name: "Intervals, oldest first" }).locator("li");
  await expect(columns).toHaveCount(history.intervals.length);
  expect(await columns.evaluateAll((lis) => lis.map((li) => [li.getAttribute("data-interval"), li.getAttribute("data-outcome")]))).toEqual(history.intervals.map((i) => [i.intervalEnd, i.outcome]));
  // The late interval of today is missed: its deadline passed without a success.
  expect(history.intervals.at(-1)!.outcome).toBe("missed");

  const runs = page.getByRole("table", { name: "Recent runs" }).locator("tbody tr");
  await expect(runs).toHaveCount(history.runs.length);
  expect(await runs.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-run")))).toEqual(history.runs.map((r) => r.runId));
  const done = history.runs.find((r) => r.state === "success" && r.start && r.end)!;
  const row = runs.filter({ has: page.locator(`td[title="${done.runId}"]`) }).first();
  await expect(row.locator("td").nth(1)).toHaveText(done.runType ?? "scheduled");
  await expect(row.locator("td").nth(5)).toHaveText(formatDuration(Date.parse(done.end!) - Date.parse(done.start!)));

  const kpis = desk.monitor.kpis(7).pipelines[pipeline.id]!;
  for (const [key] of KPI_COLUMNS) {
    const verdict = kpis[key].met === null ? "none" : kpis[key].met ? "met" : "missed";
    await expect(page.locator(`[data-kpi="${key}"]`)).toHaveAttribute("data-met", verdict);
  }

  const name = (id: string) => ws.team.find((e) => e.id === id)!.name;
  const owners = page.getByRole("region", { name: "Owners" });
  await expect(owners.locator("[data-owner=P1]")).toContainText(name(pipeline.owners.primary));
  await expect(owners.locator("[data-owner=P2]")).toContainText(name(pipeline.owners.secondary));
  const chain = page.getByRole("region", { name: `Escalation — ${pipeline.name}` });
  await expect(chain.locator("li").first()).toContainText(name(pipeline.owners.primary));
  await expect(chain.locator("li").last()).toContainText(ws.manager.name);
  for (const check of pipeline.checks) await expect(page.getByRole("region", { name: "What it does" })).toContainText(check);

  await page.getByRole("link", { name: "Open runbook" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ws.runbooks[pipeline.id]!.title);
  await expect(page.getByRole("list", { name: "Checklist steps" }).locator("li")).toHaveText(ws.runbooks[pipeline.id]!.steps.map((s) => s.text));
});

test("an unknown pipeline id says so instead of failing", async ({ openDesk }) => {
  const { page } = await openDesk({ path: routes.pipeline("no such/pipeline") });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Unknown pipeline");
  await expect(page.locator("main")).toContainText("This workspace has no pipeline no such/pipeline");
});
