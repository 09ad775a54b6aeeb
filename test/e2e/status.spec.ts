import { compileSchedule } from "../../shared/domain/rotation/schedule";
import { whoIsOnCall } from "../../shared/domain/rotation/on-call";
import { loadWorkspace } from "../../main/services/workspace/load-workspace";
import { DESK_NOW, EMBEDDED_WORKSPACE, expect, test } from "./support/desk-fixture";

test("the status panel shows the five demo pipelines, one late and one at risk, labelled demo", async ({ openDesk }) => {
  const { page } = await openDesk();
  const panel = page.getByRole("region", { name: "Pipeline status" });
  await expect(panel.locator("tbody tr")).toHaveCount(5);
  await expect(panel.getByText("DEMO DATA")).toBeVisible();
  await expect(panel.locator("tbody tr .badge--demo")).toHaveCount(5);
  expect(await panel.locator("tr[data-state=late]").count()).toBeGreaterThanOrEqual(1);
  expect(await panel.locator("tr[data-state=at-risk]").count()).toBeGreaterThanOrEqual(1);
  // Deadlines are shown in the workspace zone (New York is on daylight time by now).
  await expect(panel.locator("tr[data-state=late] time").first()).toContainText("EDT");
  await expect(page.getByRole("region", { name: "Open alerts" }).locator("li")).not.toHaveCount(0);
  await page.screenshot({ path: "/tmp/oncall-desk-status.png", fullPage: true });
});

test("acknowledging an alert changes its state; Snooze 1h snoozes another", async ({ openDesk }) => {
  const { page } = await openDesk();
  const alerts = page.getByRole("region", { name: "Open alerts" });
  const open = alerts.locator("li[data-state=open]");
  await expect(open.first()).toBeVisible();
  const openCount = await open.count();
  expect(openCount).toBeGreaterThanOrEqual(2);
  const first = await open.first().getAttribute("data-alert");
  await open.first().getByRole("button", { name: "Acknowledge" }).click();
  const acknowledged = alerts.locator(`li[data-alert="${first}"]`);
  await expect(acknowledged).toHaveAttribute("data-state", "acknowledged");
  await expect(acknowledged.getByRole("button")).toHaveCount(0);

  const second = await open.first().getAttribute("data-alert");
  await open.first().getByRole("button", { name: "Snooze 1h" }).click();
  const snoozed = alerts.locator(`li[data-alert="${second}"]`);
  await expect(snoozed).toHaveAttribute("data-state", "snoozed");
  await expect(snoozed).toContainText("snoozed until");
});

test("the on-call card names the engineer the rotation gives for the test's clock; a pipeline shows its escalation chain", async ({ openDesk }) => {
  const loaded = await loadWorkspace(EMBEDDED_WORKSPACE);
  if (!loaded.ok) throw new Error("the embedded workspace does not validate");
  const ws = loaded.workspace;
  const shift = whoIsOnCall(compileSchedule(ws), DESK_NOW.getTime(), 0).shift!;
  const engineer = ws.team.find((e) => e.id === shift.engineer)!;

  const { page } = await openDesk();
  const card = page.getByRole("region", { name: "On call now" });
  await expect(card.locator(".oncall__name")).toHaveText(engineer.name);
  await expect(card).toContainText(`${shift.slot} slot until`);
  await expect(card.getByRole("list", { name: "Next shifts" }).locator("li")).toHaveCount(3);

  const profit = ws.pipelines.find((p) => p.id === "aggregate_profit")!;
  const primary = ws.team.find((e) => e.id === profit.owners.primary)!;
  await page.getByRole("region", { name: "Pipeline status" }).getByRole("button", { name: profit.name }).click();
  const chain = page.getByRole("region", { name: `Escalation — ${profit.name}` });
  await expect(chain.locator("li").first()).toContainText(primary.name);
  await expect(chain.locator("li").last()).toContainText(ws.manager.name);
  await page.screenshot({ path: "/tmp/oncall-desk-escalation.png", fullPage: true });
});
