import { readFile } from "node:fs/promises";
import { createHandlers } from "../../main/app/handlers";
import type { OncallApi } from "../../shared/ipc/contract";
import { routes } from "../../shared/ipc/routes";
import { RECOVERY_ENV, startRecoveryWorld, type RecoveryWorld } from "../unit/recovery/recovery-world";
import { DESK_NOW, expect, test, type Desk } from "./support/desk-fixture";
import { firstSnapshot } from "./support/domain";

const ALEX = { identity: { kind: "engineer" as const, engineer: "alex" } };

/**
 * The desk once main's first poll is in, so expectations can be taken from it. The page is not
 * reloaded: it must pick the poll up through status:changed, which it follows from its first script.
 */
async function afterFirstPoll(desk: Desk): Promise<Desk> {
  await firstSnapshot(desk.services);
  return desk;
}

test("from an alert on Now: start an incident, step through the checklist, note, escalate, resolve, and export the postmortem file", async ({ openDesk }) => {
  test.setTimeout(120_000);
  const { page, services, saved } = await afterFirstPoll(await openDesk({ settings: ALEX }));
  const handlers = createHandlers(services);
  const snapshot = await firstSnapshot(services);
  const alert = snapshot.alerts.find((a) => a.state === "open")!;
  const pipeline = snapshot.pipelines.find((p) => p.id === alert.pipelineId)!;
  const alerts = page.getByRole("region", { name: "Open alerts" });
  await alerts.getByRole("button", { name: `Start incident for ${pipeline.name} ${alert.kind} alert`, exact: true }).click();

  // The incident opens on its own view, with the runbook's checklist.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Incident: ${pipeline.name}`);
  const [incident] = await handlers["incidents:list"]({});
  expect(page.url()).toContain(`#${routes.incident(incident!.id)}`);
  expect(incident).toMatchObject({ pipeline: pipeline.id, commander: "alex", state: "open" });
  const checklist = page.getByRole("list", { name: "Checklist" });
  const step = (n: number) => checklist.locator(`li[data-step="${n}"]`);
  await expect(checklist.locator("li.step")).toHaveCount(incident!.steps.total);

  // Step 1 done; then reopened and done again (a reopen is an event, nothing is deleted).
  await page.getByRole("button", { name: "Done step 1", exact: true }).click();
  await expect(step(1)).toHaveAttribute("data-status", "done");
  await expect(step(1)).toContainText("done by Alex Chen");
  await page.getByRole("button", { name: "Reopen step 1", exact: true }).click();
  await expect(step(1)).toHaveAttribute("data-status", "todo");
  await page.getByRole("button", { name: "Done step 1", exact: true }).click();
  await expect(step(1)).toHaveAttribute("data-status", "done");

  // Step 2 skipped: a reason is required.
  await page.getByRole("button", { name: "Skip step 2", exact: true }).click();
  await step(2).getByRole("button", { name: "Skip step 2", exact: true }).click();
  await expect(step(2).getByRole("alert")).toHaveText("Write something first.");
  await step(2).getByLabel("Why skip step 2?").fill("finance VPN down for everyone; IT is on it");
  await step(2).getByRole("button", { name: "Skip step 2", exact: true }).click();
  await expect(step(2)).toHaveAttribute("data-status", "skipped");
  await expect(step(2)).toContainText("reason: finance VPN down for everyone; IT is on it");

  // A note on step 3 and one on the incident.
  await page.getByRole("button", { name: "Note on step 3", exact: true }).click();
  await step(3).getByLabel("Note on step 3").fill("aggregation config unchanged since Friday");
  await step(3).getByRole("button", { name: "Save note" }).click();
  await expect(step(3)).toContainText("Note: aggregation config unchanged since Friday");
  await page.getByLabel("Add a note").fill("Finance DB refuses connections since 05:50 UTC");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByRole("list", { name: "Notes" })).toContainText("Finance DB refuses connections since 05:50 UTC");

  // Escalation: the chain with one-click links and the prefilled message; recording it puts it on the timeline.
  const escalation = page.getByRole("region", { name: "Escalation" });
  const panel = await handlers["incidents:escalation"]({ incidentId: incident!.id });
  const next = panel.contacts.find((c) => c.next)!;
  const row = escalation.locator(`li[data-contact="${next.id}"]`).first();
  await expect(row).toHaveAttribute("data-next", "true");
  // The alert was raised at the first poll, at the desk's now: the next person is not due yet…
  expect(panel.next).toMatchObject({ id: next.id, due: false });
  await expect(row).not.toHaveAttribute("data-due", "true");
  await expect(escalation).toContainText(`${next.name} is next, due in`);
  // …and is highlighted once the acknowledgement timeout has passed on the window's clock (it ticks every 30 s).
  await page.clock.setFixedTime(Date.parse(panel.next!.dueAt) + 1_000);
  await expect(row).toHaveAttribute("data-due", "true", { timeout: 45_000 });
  await expect(escalation).toContainText(`${next.name} is due now`);
  if (next.links.mailto) await expect(row.getByRole("link", { name: `Email ${next.name}` })).toHaveAttribute("href", next.links.mailto);
  if (next.links.tel) await expect(row.getByRole("link", { name: new RegExp(`^Call ${next.name}`) })).toHaveAttribute("href", next.links.tel);
  await expect(escalation.getByLabel("The message")).toHaveValue(`${panel.subject}\n\n${panel.message}`);
  await row.getByRole("button", { name: `Record escalation to ${next.name}` }).click();
  const timeline = page.getByRole("list", { name: "Timeline" });
  await expect(timeline.locator('li[data-kind="escalated"]')).toContainText(`escalated to ${next.name}`);
  await expect(row).toContainText("asked");
  await expect(row).not.toHaveAttribute("data-next", "true");
  // The timeout runs again from this escalation (main's now): whoever is next now is not due by main's clock.
  expect((await handlers["incidents:escalation"]({ incidentId: incident!.id })).next?.due).toBe(false);

  // The timeline shows local time, UTC on hover.
  const started = timeline.locator('li[data-kind="started"] time');
  await expect(started).toHaveAttribute("title", /UTC$/);

  // open → mitigated → resolved, with unfinished steps listed.
  await page.getByRole("button", { name: "Mark mitigated" }).click();
  await expect(page.locator("main .view")).toHaveAttribute("data-state", "mitigated");
  const resolve = page.getByRole("form", { name: "Resolve the incident" });
  await resolve.getByRole("button", { name: "Resolve incident" }).click();
  await expect(resolve.getByRole("alert")).toHaveText("Write a summary of what happened.");
  await resolve.getByLabel("Summary").fill("The finance VPN dropped; once it was back the run was delivered.");
  await resolve.getByLabel("Cause category").selectOption({ label: "infrastructure" });
  const ws = await handlers["workspace:get"]({});
  const riskId = ws.ok ? ws.workspace.risks.find((r) => r.pipelines.includes(pipeline.id))?.id : undefined;
  if (riskId) await resolve.getByRole("checkbox", { name: new RegExp(`^${riskId} `) }).check();
  await resolve.getByRole("button", { name: "Add a follow-up" }).click();
  await resolve.getByLabel("Follow-up 1", { exact: true }).fill("Alert on VPN health");
  await resolve.getByLabel("Owner of follow-up 1").selectOption({ label: "Sarah Johnson" });
  await expect(resolve.locator("[data-unfinished]")).toContainText("not done");
  await resolve.getByRole("button", { name: "Resolve incident" }).click();
  await expect(page.locator("main .view")).toHaveAttribute("data-state", "resolved");

  // Resolved is read-only: the view says why, the controls are gone, and main refuses a change anyway.
  await expect(page.getByRole("note")).toContainText("A resolved incident is read-only");
  await expect(page.getByRole("button", { name: "Done step 3" })).toHaveCount(0);
  await expect(page.getByLabel("Add a note")).toHaveCount(0);
  const refused = await page.evaluate(
    (incidentId) =>
      (globalThis as unknown as { oncall: OncallApi }).oncall.addIncidentNote({ incidentId, text: "late" }).then(
        () => "accepted",
        (e: Error) => e.message,
      ),
    incident!.id,
  );
  expect(refused).toContain("a resolved incident cannot change");

  // Export: main's save "dialog" writes the file; its content is the postmortem.
  await page.getByRole("button", { name: "Export postmortem" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Postmortem saved to" })).toBeVisible();
  expect(saved).toHaveLength(1);
  const file = await readFile(saved[0]!.path, "utf8");
  expect(file).toMatch(new RegExp(`^# Incident ${incident!.id}: ${pipeline.name}`));
  expect(file).toContain("## Timeline");
  expect(file).toContain("| Alex Chen | step 1 (");
  expect(file).toContain(`escalated to ${next.name}`);
  expect(file).toContain("## Checklist");
  expect(file).toMatch(/\| 1 \| [^|]+ \| done \| Alex Chen \|/);
  expect(file).toMatch(/\| 2 \| [^|]+ \| skipped[^|]*finance VPN down for everyone; IT is on it/);
  expect(file).toMatch(/\| 3 \| [^|]+ \| \*\*not done\*\* \|/);
  expect(file).toContain("Alert on VPN health");
  expect(file).toContain("Infrastructure.");

  // The list: the incident is among the recently resolved, with its progress.
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Incidents" }).click();
  const listed = page.getByRole("table", { name: "Incidents" }).locator(`tr[data-incident="${incident!.id}"]`);
  await expect(listed).toHaveAttribute("data-state", "resolved");
  await expect(listed.locator("[data-steps]")).toContainText(`1/${incident!.steps.total} done`);
});

test("the incident list: open first, then resolved; j/k and Enter open one; the pipeline view starts one for its pipeline", async ({ openDesk }) => {
  const { page, services } = await openDesk({ settings: ALEX, path: routes.pipeline("aggregate_growth") });
  const handlers = createHandlers(services);
  const first = await handlers["incidents:start"]({ pipelineId: "unit_profit" });
  await handlers["incidents:resolve"]({ incidentId: first.id, summary: "false alarm", cause: "other", risks: [], followUps: [] });
  await page.getByRole("button", { name: "Start incident for Aggregate Growth", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Incident: Aggregate Growth");
  // Back on the pipeline, the button opens the incident already running instead of starting another.
  await page.goBack();
  await expect(page.getByRole("link", { name: "Open incident for Aggregate Growth" })).toBeVisible();

  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Incidents" }).click();
  const rows = page.getByRole("table", { name: "Incidents" }).locator("tr[data-incident]");
  await expect(rows).toHaveCount(2);
  expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-state")))).toEqual(["open", "resolved"]);
  await page.locator("main h1").click();
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await expect(rows.nth(1).getByRole("link")).toBeFocused();
  await page.keyboard.press("k");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Incident: Aggregate Growth");
});

test.describe("recovery against the fake Airflow 2", () => {
  let world: RecoveryWorld;
  test.beforeAll(async () => {
    world = await startRecoveryWorld(DESK_NOW);
  });
  test.afterAll(async () => {
    await world.close();
  });

  test("clear the failed tasks: a dry run lists them, nothing changes until confirmed, then the clear; every outcome on the timeline", async ({ openDesk }) => {
    const { page } = await afterFirstPoll(await openDesk({ workspaceDir: world.workspaceDir, env: RECOVERY_ENV, settings: ALEX }));
    await page.getByRole("region", { name: "Open alerts" }).getByRole("button", { name: "Start incident for Aggregate Profit failed alert", exact: true }).click();
    const recovery = page.getByRole("region", { name: "Recovery actions" });
    await expect(recovery.getByRole("link", { name: "Open this run in Airflow" })).toHaveAttribute("href", new RegExp(`^${world.v1.url}/`));
    await recovery.getByRole("button", { name: "Clear the failed tasks: dry run first" }).click();
    const tasks = recovery.getByRole("list", { name: "Task instances the clear would reset" });
    await expect(tasks.locator("li")).toHaveText(["load_finance", "aggregate"]);
    const clears = () => world.v1.requests.filter((r) => r.path.endsWith("/clearTaskInstances")).map((r) => (r.body as { dry_run: boolean }).dry_run);
    expect(clears()).toEqual([true]);
    const timeline = page.getByRole("list", { name: "Timeline" });
    await expect(timeline.locator('li[data-kind="recovery"]')).toHaveCount(1);
    await expect(timeline.locator('li[data-kind="recovery"]')).toContainText(`dry run of clear-failed-tasks on ${world.runs.profit}: succeeded`);

    await recovery.getByRole("button", { name: "Clear 2 task instances now" }).click();
    await expect(recovery.locator('[data-outcome="succeeded"][data-dry-run="false"]')).toContainText("cleared 2 task instances");
    expect(clears()).toEqual([true, false]);
    expect(world.v1.tasks.get("aggregate_profit")!.get(world.runs.profit)!.map((t) => t.state)).toEqual(["success", null, null]);
    await expect(timeline.locator('li[data-kind="recovery"]').nth(1)).toContainText(`clear-failed-tasks on ${world.runs.profit}: succeeded — cleared 2 task instances`);
    // Main reads the source again: the run is queued, the clear no longer offered, and its outcome still shown.
    await expect(recovery.locator('[data-action="clear-failed-tasks"]')).toHaveCount(0);
    await expect(recovery.getByRole("list", { name: "Why some actions are not offered" })).toContainText("is queued, not failed");
    await expect(recovery.locator('[data-outcome="succeeded"][data-dry-run="false"]')).toContainText("cleared 2 task instances");
  });

  test("a 403 (an account that may not clear) is shown plainly and recorded", async ({ openDesk }) => {
    const { page } = await afterFirstPoll(await openDesk({ workspaceDir: await world.viewerWorkspace(), env: RECOVERY_ENV, settings: ALEX }));
    await page.getByRole("region", { name: "Open alerts" }).getByRole("button", { name: "Start incident for Aggregate Growth failed alert", exact: true }).click();
    const recovery = page.getByRole("region", { name: "Recovery actions" });
    await recovery.getByRole("button", { name: "Clear the failed tasks: dry run first" }).click();
    await expect(recovery.getByRole("alert")).toContainText('Dry run refused: the Airflow account "viewer" of source af3 may not clear task instances of DAG aggregate_growth (403 Forbidden)');
    await expect(recovery.getByRole("button", { name: /task instances? now/ })).toHaveCount(0);
    await expect(page.getByRole("list", { name: "Timeline" }).locator('li[data-kind="recovery"]')).toContainText("refused");
  });
});

test("hand-over: the briefing for the next shift change, the outgoing note, and I have the pager", async ({ openDesk, workspaceCopy }) => {
  const { page, services } = await afterFirstPoll(await openDesk({ workspaceDir: workspaceCopy, settings: ALEX, path: routes.handoff() }));
  const briefing = (await createHandlers(services)["handoff:get"]({}))!;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hand-over");
  await expect(page.getByRole("region", { name: "Open alerts" }).locator("li")).toHaveCount(briefing.openAlerts.length);
  await expect(page.getByRole("region", { name: "Deadlines in the incoming shift" })).toBeVisible();
  // The live risk signals, as main's register has them (a late pipeline is under its SLA target here).
  const { signals } = (await createHandlers(services)["risks:get"]({}))!;
  expect(signals.length).toBeGreaterThan(0);
  await expect(page.getByRole("list", { name: "Risk signals for the incoming shift" }).locator(".signal__text")).toHaveText(signals.map((s) => s.text));
  // Alex is on the day shift that hands over: the note goes to the incoming engineer and into the workspace.
  expect(briefing.from).toBe("alex");
  await page.getByRole("textbox", { name: "Hand-over note" }).fill("aggregate_profit is late; finance VPN flaky");
  await page.getByRole("button", { name: "Save and share to workspace" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Note saved" })).toContainText("handoffs");
  await expect(page.getByRole("list", { name: "Hand-over notes" })).toContainText("aggregate_profit is late; finance VPN flaky");
  // The incoming engineer's machine: "I have the pager" is recorded for them and shown as done.
  await createHandlers(services)["settings:update"]({ identity: { kind: "engineer", engineer: briefing.to } });
  await expect(page.getByText("you would acknowledge for yourself")).toHaveCount(0);
  await page.getByRole("button", { name: "I have the pager" }).click();
  await expect(page.locator(`[data-acknowledged="${briefing.to}"]`)).toContainText("has the pager");
  await expect(page.getByRole("button", { name: "I have the pager" })).toHaveCount(0);
  expect((await createHandlers(services)["handoff:get"]({}))!.acknowledged).toMatchObject({ by: briefing.to, handoffAt: briefing.handoffAt });
});
