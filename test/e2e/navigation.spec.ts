import { routes, type RoutePath } from "../../shared/ipc/routes";
import { expect, test } from "./support/desk-fixture";
import { embedded, firstSnapshot } from "./support/domain";

/** The sidebar the issue asks for: label, shortcut digit, path. */
const SIDEBAR: readonly [string, string, RoutePath][] = [
  ["Now", "1", routes.now()],
  ["Pipelines", "2", routes.pipelines()],
  ["Runbooks", "3", routes.runbooks()],
  ["Incidents", "4", routes.incidents()],
  ["Rotation", "5", routes.rotation()],
  ["Team", "6", routes.team()],
  ["Risks", "7", routes.risks()],
  ["KPIs", "8", routes.kpis()],
  ["Sources", "9", routes.sources()],
  ["Settings", "0", routes.settings()],
];

/** Sends a main → renderer event the way the bridge host forwards them. */
async function fromMain(page: import("@playwright/test").Page, event: string, payload: unknown): Promise<void> {
  await page.evaluate(([name, data]) => (globalThis as unknown as { __oncallDeliver(n: string, d: unknown): void }).__oncallDeliver(name, data), [event, payload] as const);
}

test("every sidebar view opens by its link and by its Alt+digit shortcut, shown in its tooltip; the current one is marked", async ({ openDesk }) => {
  const { page } = await openDesk();
  const nav = page.getByRole("navigation", { name: "Views" });
  for (const [label, digit, path] of SIDEBAR) {
    await page.keyboard.press(`Alt+Digit${digit}`);
    await expect(page).toHaveURL(new RegExp(`#${path}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(label);
    const link = nav.getByRole("link", { name: label });
    await expect(link).toHaveAttribute("aria-current", "page");
    await expect(link).toHaveAttribute("title", `${label} (Alt+${digit})`);
  }
  // From the last one (Settings, open now) back to Now.
  for (const [label, , path] of [...SIDEBAR].reverse().slice(1)) {
    await nav.getByRole("link", { name: label }).click();
    await expect(page).toHaveURL(new RegExp(`#${path}$`));
    // After a navigation focus is on the new view's heading, for screen readers and the keyboard.
    await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  }
});

test("main opens any path of routes.ts with app:navigate", async ({ openDesk }) => {
  const { ws } = await embedded();
  const { page } = await openDesk();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Now");
  const runbook = ws.runbooks.daily_growth!;
  const expected: [RoutePath, string][] = [
    [routes.pipeline("daily_growth"), "Daily Growth"],
    [routes.runbook("daily_growth"), runbook.title],
    [routes.incident("inc-42"), "Incident"],
    [routes.handoff(), "Hand-over"],
    ...SIDEBAR.map(([label, , path]) => [path, label] as [RoutePath, string]),
  ];
  for (const [path, heading] of expected) {
    await fromMain(page, "app:navigate", { path });
    await expect(page).toHaveURL(new RegExp(`#${path}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  }
  await fromMain(page, "app:navigate", { path: "/no-such-view" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nothing here");
  await page.getByRole("link", { name: "Go to Now" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Now");
});

test("the command palette jumps to a pipeline, an engineer and a view, and acknowledges an alert by name", async ({ openDesk }) => {
  const { ws } = await embedded();
  const { page, services } = await openDesk();
  const snapshot = await firstSnapshot(services);
  const palette = page.getByRole("dialog", { name: "Command palette" });
  const search = palette.getByRole("combobox", { name: "Command palette" });

  await page.keyboard.press("Control+k");
  await expect(search).toBeFocused();
  await search.fill("pipeline daily growth");
  await expect(palette.getByRole("option").first()).toHaveText("Pipeline Daily Growth");
  await page.keyboard.press("Enter");
  await expect(palette).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Daily Growth");

  await page.keyboard.press("Control+k");
  await search.fill("engineer lisa wang");
  await expect(palette.getByRole("option").first()).toHaveText("Engineer Lisa Wang");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Team");
  await expect(page.locator("li[data-engineer=lisa]")).toBeFocused();

  await page.keyboard.press("Control+k");
  await search.fill("go to rotation");
  await expect(palette.getByRole("option", { name: /Go to Rotation/ })).toContainText("Alt+5");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rotation");

  const alert = snapshot.alerts.find((a) => a.state === "open")!;
  const name = ws.pipelines.find((p) => p.id === alert.pipelineId)!.name;
  await page.getByRole("button", { name: /Search or act/ }).click();
  await search.fill(`acknowledge ${name} ${alert.kind}`);
  await expect(palette.getByRole("option").first()).toHaveText(`Acknowledge ${name} ${alert.kind} alert`);
  await page.keyboard.press("Enter");
  await expect.poll(async () => (await services.desk.current())!.monitor.book.acknowledgements().some((a) => a.pipelineId === alert.pipelineId)).toBe(true);

  // Escape closes it and gives focus back.
  await page.getByRole("heading", { level: 1 }).focus();
  await page.keyboard.press("Control+k");
  await expect(palette).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(palette).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
});

test("in a narrow window the sidebar becomes a top bar above the view, its entries still named", async ({ openDesk, page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await openDesk();
  const nav = page.getByRole("navigation", { name: "Views" });
  const navBox = (await nav.boundingBox())!;
  const mainBox = (await page.locator("main").boundingBox())!;
  expect(navBox.y + navBox.height).toBeLessThanOrEqual(mainBox.y + 1);
  expect(navBox.width).toBeGreaterThan(780);
  for (const [label] of SIDEBAR) await expect(nav.getByRole("link", { name: label })).toBeVisible();
  await nav.getByRole("link", { name: "Rotation" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rotation");
});
