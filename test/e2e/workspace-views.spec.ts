import { whoIsOnCall } from "../../shared/domain/rotation/on-call";
import { routes } from "../../shared/ipc/routes";
import { DESK_NOW, expect, test } from "./support/desk-fixture";
import { embedded, firstSnapshot } from "./support/domain";

test("Runbooks lists the workspace's runbooks in pipeline order; one shows its checklist steps and sections", async ({ openDesk }) => {
  const { ws } = await embedded();
  const { page } = await openDesk({ path: routes.runbooks() });
  const list = page.getByRole("list", { name: "Runbooks" });
  const runbooks = ws.pipelines.map((p) => ws.runbooks[p.id]!);
  await expect(list.getByRole("link")).toHaveText(runbooks.map((r) => r.title));
  const runbook = ws.runbooks.unit_profit!;
  await list.getByRole("link", { name: runbook.title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(runbook.title);
  await expect(page.getByRole("list", { name: "Checklist steps" }).locator("li")).toHaveText(runbook.steps.map((s) => s.text));
  for (const section of runbook.sections) await expect(page.getByRole("region", { name: section.heading })).toBeVisible();
  await expect(page.locator("main")).toContainText(runbook.file);
});

test("Risks lists the register highest score first, with owner, pipelines and mitigations", async ({ openDesk }) => {
  const { ws } = await embedded();
  const { page } = await openDesk({ path: routes.risks() });
  const expected = [...ws.risks].sort((a, b) => b.score.likelihood * b.score.impact - a.score.likelihood * a.score.impact);
  const items = page.getByRole("list", { name: "Risks" }).locator("li.risk");
  await expect(items).toHaveCount(expected.length);
  expect(await items.evaluateAll((lis) => lis.map((li) => li.getAttribute("data-risk")))).toEqual(expected.map((r) => r.id));
  const top = expected[0]!;
  const item = items.first();
  await expect(item.getByRole("heading", { level: 2 })).toHaveText(top.title);
  await expect(item).toContainText(`score ${top.score.likelihood * top.score.impact} (likelihood ${top.score.likelihood} × impact ${top.score.impact})`);
  await expect(item).toContainText(`owner ${ws.team.find((e) => e.id === top.owner)!.name}`);
  for (const m of [...top.mitigations.preventive, ...top.mitigations.response]) await expect(item).toContainText(m);
});

test("Incidents says none are recorded and where one starts; an unknown incident path says it cannot be read", async ({ openDesk }) => {
  const { page } = await openDesk({ path: routes.incidents() });
  await expect(page.locator("main")).toContainText("No incidents are recorded on this machine. Start one from an alert on Now or from a pipeline's view.");
  await page.goto(`${page.url().split("#")[0]}#${routes.incident("inc-7")}`);
  await expect(page.locator("main")).toContainText("Could not read incident inc-7");
  await expect(page.getByRole("link", { name: "All incidents" })).toBeVisible();
});

test("Hand-over names who hands over to whom and when, with the open alerts of the briefing", async ({ openDesk }) => {
  const { ws, schedule } = await embedded();
  const answer = whoIsOnCall(schedule, DESK_NOW.getTime(), 1);
  const name = (id: string) => ws.team.find((e) => e.id === id)!.name;
  const { page, services } = await openDesk({ path: routes.handoff() });
  const snapshot = await firstSnapshot(services);
  await expect(page.locator(".view-header")).toContainText(`${name(answer.shift!.engineer)} → ${name(answer.next[0]!.engineer)}`);
  const open = snapshot.alerts.filter((a) => a.state !== "resolved");
  await expect(page.getByRole("region", { name: "Open alerts" }).getByRole("listitem")).toHaveCount(open.length);
});
