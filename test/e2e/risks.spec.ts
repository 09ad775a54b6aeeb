import { readFile, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "@playwright/test";
import { createHandlers, type HandlerServices } from "../../main/app/handlers";
import { filterRisks, sortRisks } from "../../shared/domain/risks/risk-filters";
import type { RisksView } from "../../shared/domain/risks/risks-view";
import { routes } from "../../shared/ipc/routes";
import { expect, test } from "./support/desk-fixture";
import { firstSnapshot } from "./support/domain";

/** Christmas Eve 2026, 10:00 in New York: the Christmas rule leaves one senior on call for 72 hours. */
const CHRISTMAS_EVE = new Date("2026-12-24T15:00:00Z");

/** The register as main has it once the first poll is in (the live signals need it). */
async function registerOf(services: HandlerServices): Promise<RisksView> {
  await firstSnapshot(services);
  return (await createHandlers(services)["risks:get"]({}))!;
}

/** The risk ids of the register's cards, in the order shown. */
const shownIds = (page: Page) => page.locator("li.risk").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-risk")));

test("the signals strip lists main's live signals with the risks they bear on, and each risk shows its own", async ({ openDesk }) => {
  const { page, services } = await openDesk({ now: CHRISTMAS_EVE, path: routes.risks() });
  const view = await registerOf(services);
  // Christmas and New Year each leave Alex alone on call; the demo's profit pipelines are under their SLA target.
  expect(new Set(view.signals.map((s) => s.kind))).toEqual(new Set(["single-senior-holiday", "sla-below-target"]));
  const strip = page.getByRole("list", { name: "Live risk signals" });
  await expect(strip.locator("> li")).toHaveCount(view.signals.length);
  await expect(strip.locator("> li .signal__text")).toHaveText(view.signals.map((s) => s.text));
  const holiday = strip.locator("> li").first();
  const borne = view.signals[0]!.riskIds.map((id) => view.risks.find((r) => r.id === id)!.title);
  await expect(holiday.getByRole("link")).toHaveText(borne);
  // A signal's risk link opens that risk in the register, focused.
  await holiday.getByRole("link", { name: borne[0]! }).click();
  await expect(page.locator(`li.risk[data-risk="${view.signals[0]!.riskIds[0]}"]`)).toBeFocused();
  for (const risk of view.risks) {
    const card = page.locator(`li.risk[data-risk="${risk.id}"]`);
    const list = card.getByRole("list", { name: `Live signals on ${risk.title}` });
    if (risk.signals.length === 0) await expect(list).toHaveCount(0);
    else await expect(list.locator(".signal__text")).toHaveText(risk.signals.map((s) => s.text));
  }
});

test("a heat-map cell is a button named by its risks that filters the register to them, and lets go when pressed again", async ({ openDesk }) => {
  const { page, services } = await openDesk({ path: routes.risks() });
  const view = await registerOf(services);
  const map = page.getByRole("table", { name: "Risk heat map" });
  await expect(map.locator("tbody tr")).toHaveCount(5);
  await expect(map.locator("td")).toHaveCount(25);
  // Every cell with risks is a button, and only those.
  const occupied = view.heatMap.filter((c) => c.riskIds.length > 0);
  await expect(map.getByRole("button")).toHaveCount(occupied.length);
  const crowded = occupied.reduce((a, b) => (b.riskIds.length > a.riskIds.length ? b : a));
  const titles = crowded.riskIds.map((id) => view.risks.find((r) => r.id === id)!.title);
  const cell = map.getByRole("button", { name: `Likelihood ${crowded.likelihood}, impact ${crowded.impact}: score ${crowded.score}, ${crowded.level}. ${titles.length} risks: ${titles.join(", ")}` });
  await expect(cell).toHaveAttribute("aria-pressed", "false");
  await expect(page.locator("li.risk")).toHaveCount(view.risks.length);

  await cell.click();
  await expect(cell).toHaveAttribute("aria-pressed", "true");
  const inCell = sortRisks(filterRisks(view.risks, { cell: crowded }), "score").map((r) => r.id);
  await expect.poll(() => shownIds(page)).toEqual(inCell);
  await expect(page.getByRole("status").filter({ hasText: "Showing" })).toHaveText(`Showing ${inCell.length} of ${view.risks.length} risks in the cell likelihood ${crowded.likelihood} × impact ${crowded.impact}.`);

  await cell.click();
  await expect(cell).toHaveAttribute("aria-pressed", "false");
  await expect(page.locator("li.risk")).toHaveCount(view.risks.length);

  // With a filter set, a cell lists (and filters to) only the risks the filter leaves; "Show all risks" clears both.
  await cell.click();
  await page.getByLabel("Owner", { exact: true }).selectOption({ label: "Alex Chen" });
  const both = filterRisks(view.risks, { cell: crowded, owner: "alex" }).map((r) => r.id);
  await expect.poll(() => shownIds(page)).toEqual(both);
  await page.getByRole("button", { name: "Show all risks" }).click();
  await expect(page.locator("li.risk")).toHaveCount(view.risks.length);
  await expect(page.getByLabel("Owner", { exact: true })).toHaveValue("");
});

test("the register sorts by score, likelihood, impact and last reviewed either way, and filters by category, pipeline and owner", async ({ openDesk }) => {
  const { page, services } = await openDesk({ path: routes.risks() });
  const view = await registerOf(services);
  const ids = (risks: readonly { id: string }[]) => risks.map((r) => r.id);
  await expect.poll(() => shownIds(page)).toEqual(ids(sortRisks(view.risks, "score", "desc")));
  for (const [label, key] of [
    ["likelihood", "likelihood"],
    ["impact", "impact"],
    ["last reviewed", "lastReviewed"],
  ] as const) {
    await page.getByLabel("Sort by", { exact: true }).selectOption({ label });
    // A new key starts the worst (or the longest unreviewed) first.
    await expect.poll(() => shownIds(page)).toEqual(ids(sortRisks(view.risks, key)));
  }
  await page.getByLabel("Order", { exact: true }).selectOption({ label: "newest first" });
  await expect.poll(() => shownIds(page)).toEqual(ids(sortRisks(view.risks, "lastReviewed", "desc")));

  await page.getByLabel("Category", { exact: true }).selectOption("business");
  await expect.poll(() => shownIds(page)).toEqual(ids(sortRisks(filterRisks(view.risks, { category: "business" }), "lastReviewed", "desc")));
  await page.getByLabel("Category", { exact: true }).selectOption({ label: "All categories" });
  await page.getByLabel("Pipeline", { exact: true }).selectOption({ label: "Daily Growth" });
  await page.getByLabel("Owner", { exact: true }).selectOption({ label: "Mike Rodriguez" });
  const filtered = sortRisks(filterRisks(view.risks, { pipeline: "daily_growth", owner: "mike" }), "lastReviewed", "desc");
  expect(filtered.length).toBeGreaterThan(0);
  await expect.poll(() => shownIds(page)).toEqual(ids(filtered));
  // The choices outlive a visit elsewhere: following a pipeline link and coming back keeps them.
  await page.locator(`li.risk[data-risk="${filtered[0]!.id}"]`).getByRole("link", { name: "Daily Growth", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#${routes.pipeline("daily_growth")}$`));
  await page.goBack();
  await expect.poll(() => shownIds(page)).toEqual(ids(filtered));
});

test("each risk shows what it is, its mitigations, owner, pipelines with their runbooks, and its review flagged once overdue", async ({ openDesk, workspaceCopy }) => {
  // In a folder that is no git checkout the runbook's date is its file time; one is made stale, one risk left unreviewed.
  const stale = new Date("2025-12-01T12:00:00Z");
  await utimes(path.join(workspaceCopy, "runbooks/daily_growth.md"), stale, stale);
  const risksFile = path.join(workspaceCopy, "risks.yaml");
  const yaml = await readFile(risksFile, "utf8");
  await writeFile(risksFile, yaml.replace("last_reviewed: 2026-10-15", "last_reviewed: 2025-10-15"));
  const { page, services } = await openDesk({ workspaceDir: workspaceCopy, path: routes.risks() });
  const view = await registerOf(services);
  expect(view.signals.some((s) => s.kind === "runbook-stale" && s.pipelines.includes("daily_growth"))).toBe(true);

  const overdue = view.risks.filter((r) => r.reviewOverdue);
  expect(overdue.map((r) => r.lastReviewed)).toEqual(["2025-10-15"]);
  const card = page.locator(`li.risk[data-risk="${overdue[0]!.id}"]`);
  await expect(card.locator(".risk__review")).toHaveAttribute("data-overdue", "true");
  await expect(card.locator(".risk__review")).toContainText(`reviewed 2025-10-15 review overdue due ${overdue[0]!.reviewDue}`);
  await expect(page.locator('.risk__review[data-overdue="true"]')).toHaveCount(1);

  const risk = view.risks.find((r) => r.pipelines.includes("daily_growth"))!;
  const full = page.locator(`li.risk[data-risk="${risk.id}"]`);
  await expect(full.getByRole("heading", { level: 2 })).toHaveText(risk.title);
  await expect(full).toContainText(risk.description);
  await expect(full).toContainText(`When it strikes: ${risk.consequence}`);
  for (const text of [...risk.examples, ...risk.mitigations.preventive, ...risk.mitigations.response]) await expect(full.getByText(text, { exact: true }).first()).toBeVisible();
  await expect(full.locator(".risk__score")).toHaveText(`score ${risk.score} (likelihood ${risk.likelihood} × impact ${risk.impact})`);
  const pipelines = full.getByRole("list", { name: `Pipelines of ${risk.title}` });
  await expect(pipelines.locator("li")).toHaveCount(risk.pipelines.length);
  const growth = pipelines.locator('li[data-pipeline="daily_growth"]');
  await expect(growth.getByRole("link", { name: "Daily Growth", exact: true })).toHaveAttribute("href", `#${routes.pipeline("daily_growth")}`);
  await expect(growth.getByRole("link", { name: "runbook of Daily Growth" })).toHaveAttribute("href", `#${routes.runbook("daily_growth")}`);
  await expect(growth).toContainText("changed Dec 1, 2025 (file time)");
  await growth.getByRole("link", { name: "runbook of Daily Growth" }).click();
  await expect(page.locator("main h1")).toContainText("Daily Growth");
});

test("a deep link to an unknown risk says so instead of showing an empty page", async ({ openDesk }) => {
  const { page } = await openDesk({ path: routes.risk("no-such-risk") });
  await expect(page.getByRole("status").filter({ hasText: "no-such-risk" })).toHaveText("There is no risk “no-such-risk” in the register.");
  await expect(page.locator("li.risk").first()).toBeVisible();
});
