import { routes } from "../../shared/ipc/routes";
import { expect, test } from "./support/desk-fixture";
import { embedded, firstSnapshot } from "./support/domain";

test("keyboard only: from Now, skip to the content, j to the first alert, acknowledge it, then open its pipeline", async ({ openDesk }) => {
  const { ws } = await embedded();
  const { page, services } = await openDesk();
  const snapshot = await firstSnapshot(services);
  const alert = snapshot.alerts[0]!;
  expect(alert.state).toBe("open");
  const pipeline = ws.pipelines.find((p) => p.id === alert.pipelineId)!;
  const item = page.locator(`li[data-alert="${alert.id}"]`);
  await expect(item).toBeVisible();

  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  // j moves into the first list of the view: the alerts, newest first.
  await page.keyboard.press("j");
  await expect(item).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(item.getByRole("link", { name: pipeline.name, exact: true })).toBeFocused();
  await page.keyboard.press("Tab");
  const acknowledge = page.getByRole("button", { name: `Acknowledge ${pipeline.name} ${alert.kind} alert`, exact: true });
  await expect(acknowledge).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(item).toHaveAttribute("data-state", "acknowledged");
  // The button is gone; focus stays on the alert, not on the page's body.
  await expect(item).toBeFocused();
  expect((await services.desk.current())!.monitor.book.acknowledgements().some((a) => a.pipelineId === alert.pipelineId)).toBe(true);

  await page.keyboard.press("Tab");
  await expect(item.getByRole("link", { name: pipeline.name, exact: true })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`#${routes.pipeline(pipeline.id)}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(pipeline.name);
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
});

test("j and k move through the board's pipelines; Enter opens the focused one", async ({ openDesk }) => {
  const { page, services } = await openDesk();
  await firstSnapshot(services);
  const links = page.getByRole("table", { name: "Pipeline board" }).getByRole("link");
  await expect(links).not.toHaveCount(0);
  await links.first().focus();
  await page.keyboard.press("j");
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press("j");
  await page.keyboard.press("k");
  await expect(links.nth(1)).toBeFocused();
  const name = await links.nth(1).textContent();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name!);
});
