import { writeFile, readFile } from "node:fs/promises";
import path from "node:path";
import { whoIsOnCall } from "../../shared/domain/rotation/on-call";
import { STATE_SEVERITY } from "../../shared/domain/sla/types";
import { createHandlers } from "../../main/app/handlers";
import { DESK_NOW, expect, test } from "./support/desk-fixture";
import { embedded, firstSnapshot } from "./support/domain";

const HOUR_MS = 3_600_000;

test("Now names who is on call and next as the rotation gives them, 'you' for this machine's engineer, with the hand-over countdown", async ({ openDesk }) => {
  const { ws, schedule } = await embedded();
  const answer = whoIsOnCall(schedule, DESK_NOW.getTime(), 3);
  const shift = answer.shift!;
  const next = answer.next[0]!;
  const name = (id: string) => ws.team.find((e) => e.id === id)!.name;
  const { page } = await openDesk({ settings: { identity: { kind: "engineer", engineer: shift.engineer } } });

  const now = page.getByRole("region", { name: "On call now" });
  await expect(now.locator("[data-oncall-name]")).toHaveText(name(shift.engineer));
  await expect(now.locator(".badge--you")).toHaveText("you");
  const hours = (shift.end - DESK_NOW.getTime()) / HOUR_MS;
  expect(Number.isInteger(hours)).toBe(true);
  await expect(now).toContainText(`${shift.slot} slot · hands over in ${hours}h`);
  const upcoming = page.getByRole("region", { name: "On call next" });
  await expect(upcoming.locator("[data-oncall-name]")).toHaveText(name(next.engineer));
  await expect(upcoming.locator(".badge--you")).toHaveCount(next.engineer === shift.engineer ? 1 : 0);
  await expect(upcoming.getByRole("list", { name: "Later shifts" }).locator("li")).toHaveCount(2);
});

test("open alerts come first, then every pipeline on the board worst first, with reason, deadline countdown and owners; all above the fold at 1280×800", async ({ openDesk, page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const { ws } = await embedded();
  const { services } = await openDesk();
  const snapshot = await firstSnapshot(services);
  const board = page.getByRole("table", { name: "Pipeline board" });
  const rows = board.locator("tbody tr");
  const expected = snapshot.pipelines.map((p, i) => ({ p, i })).sort((a, b) => STATE_SEVERITY[b.p.state] - STATE_SEVERITY[a.p.state] || a.i - b.i).map(({ p }) => p);
  await expect(rows).toHaveCount(expected.length);
  expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-pipeline")))).toEqual(expected.map((p) => p.id));
  const owner = (id: string) => ws.team.find((e) => e.id === id)!.name;
  for (const p of expected) {
    const row = board.locator(`tr[data-pipeline="${p.id}"]`);
    await expect(row).toHaveAttribute("data-state", p.state);
    await expect(row.locator(".board__reason")).toHaveText(p.reason);
    const pipeline = ws.pipelines.find((x) => x.id === p.id)!;
    await expect(row.locator(".board__owners")).toHaveText(`${owner(pipeline.owners.primary)} / ${owner(pipeline.owners.secondary)}`);
  }
  // The late pipeline's deadline has passed: the countdown says how long ago, to the minute.
  const late = expected.find((p) => p.state === "late")!;
  const minutes = Math.round((DESK_NOW.getTime() - Date.parse(late.deadline!)) / 60_000);
  await expect(board.locator(`tr[data-pipeline="${late.id}"] time`)).toContainText(`${Math.floor(minutes / 60)}h${minutes % 60 ? ` ${minutes % 60}m` : ""} ago`);
  await expect(page.locator(".view-header").getByText("DEMO DATA")).toBeVisible();

  const alerts = page.getByRole("region", { name: "Open alerts" }).locator("li.alert");
  expect(await alerts.evaluateAll((lis) => lis.map((li) => li.getAttribute("data-alert")))).toEqual(snapshot.alerts.map((a) => a.id));
  // The live risk signals are on the clock's line (the demo's profit pipelines are under their SLA target), so they cost the alerts no room.
  const risks = (await createHandlers(services)["risks:get"]({}))!;
  expect(risks.signals.length).toBeGreaterThan(0);
  const signalLine = page.locator(".view-header .signal-line");
  await expect(signalLine.getByRole("link", { name: `${risks.signals.length} risk signals` })).toHaveAttribute("href", "#/risks");
  expect(await signalLine.locator("[data-signal]").evaluateAll((spans) => spans.map((s) => s.getAttribute("data-signal")))).toEqual(risks.signals.map((s) => s.kind));
  // At 1280×800 the whole view fits: on-call, every alert and the last board row.
  for (const last of [alerts.last(), rows.last()]) expect((await last.boundingBox())!.y + (await last.boundingBox())!.height).toBeLessThanOrEqual(800);
  // In a laptop's small window the alerts still do.
  await page.setViewportSize({ width: 800, height: 600 });
  const box = (await alerts.last().boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(600);
});

test("Acknowledge and Snooze say which alert they act on, change it, and leave focus on the alert", async ({ openDesk }) => {
  const { ws } = await embedded();
  const { page, services } = await openDesk();
  const snapshot = await firstSnapshot(services);
  const [first, second] = snapshot.alerts.filter((a) => a.state === "open");
  const label = (a: typeof first) => `${ws.pipelines.find((p) => p.id === a!.pipelineId)!.name} ${a!.kind} alert`;
  const alerts = page.getByRole("region", { name: "Open alerts" });

  const acknowledge = alerts.getByRole("button", { name: `Acknowledge ${label(first)}`, exact: true });
  await acknowledge.click();
  const acknowledged = alerts.locator(`li[data-alert="${first!.id}"]`);
  await expect(acknowledged).toHaveAttribute("data-state", "acknowledged");
  await expect(acknowledged.getByRole("button", { name: /^(Acknowledge|Snooze)/ })).toHaveCount(0);
  await expect(acknowledged).toBeFocused();
  expect((await services.desk.current())!.monitor.book.acknowledgements().map((a) => a.pipelineId)).toContain(first!.pipelineId);

  await alerts.getByRole("button", { name: `Snooze 1h ${label(second)}`, exact: true }).click();
  const snoozed = alerts.locator(`li[data-alert="${second!.id}"]`);
  await expect(snoozed).toHaveAttribute("data-state", "snoozed");
  await expect(snoozed).toBeFocused();
  const until = new Date(Date.parse(snapshot.at) + HOUR_MS).toISOString();
  expect((await createHandlers(services)["status:get"]({}))!.alerts.find((a) => a.id === second!.id)?.snoozedUntil).toBe(until);
  // Snoozed alerts can still be acknowledged, not snoozed again.
  await expect(snoozed.getByRole("button", { name: `Acknowledge ${label(second)}` })).toBeVisible();
  await expect(snoozed.getByRole("button", { name: /^Snooze/ })).toHaveCount(0);
});

test("a source that cannot be read puts a banner over Now with its error, and its pipeline is unknown", async ({ openDesk, workspaceCopy }) => {
  const file = path.join(workspaceCopy, "workspace.yaml");
  // Port 1 on the loopback: nothing listens, the connection is refused at once.
  const yaml = (await readFile(file, "utf8"))
    .replace("- { id: demo, kind: demo }", `- { id: demo, kind: demo }\n  - { id: prod, kind: airflow, url: "http://127.0.0.1:1", api: v1, timeout: 2s }`)
    .replace("source: { id: demo, dag_id: aggregate_profit }", "source: { id: prod, dag_id: aggregate_profit }");
  await writeFile(file, yaml);
  const { page, services } = await openDesk(workspaceCopy);
  const listProd = async () => (await createHandlers(services)["sources:list"]({}))!.sources.find((s) => s.id === "prod")!;
  // The refused connection is the poll's outcome; the page shows it once main has it.
  await expect.poll(async () => (await listProd()).health.state).toBe("failing");
  const prod = await listProd();
  const banner = page.getByRole("status", { name: "Sources in trouble" });
  await expect(banner.locator("li[data-source=prod]")).toHaveText(`Source prod is unreachable: ${prod.health.lastError!.message}. No data has been read from it yet.`);
  await expect(page.getByRole("table", { name: "Pipeline board" }).locator("tr[data-pipeline=aggregate_profit]")).toHaveAttribute("data-state", "unknown");
});
