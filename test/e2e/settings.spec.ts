import { routes } from "../../shared/ipc/routes";
import { EMBEDDED_WORKSPACE, expect, test } from "./support/desk-fixture";

const HOUR_MS = 3_600_000;

test("who I am, notifications, start at login and theme are written to main's settings", async ({ openDesk, page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  const { services, now } = await openDesk({ path: routes.settings() });
  const main = page.locator("main");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");

  await main.getByRole("radio", { name: "Lisa Wang (junior)" }).check();
  await expect.poll(() => services.settings.get().identity).toEqual({ kind: "engineer", engineer: "lisa" });
  await main.getByRole("radio", { name: "Nobody: I'm watching" }).check();
  await expect.poll(() => services.settings.get().identity).toEqual({ kind: "watcher" });

  await main.getByRole("button", { name: "Pause for 1 hour" }).click();
  await expect.poll(() => services.settings.get().notificationsPausedUntil).toBe(new Date(now.getTime() + HOUR_MS).toISOString());
  await expect(main.getByText(/^Paused until /)).toBeVisible();
  await main.getByRole("button", { name: "Resume notifications" }).click();
  await expect.poll(() => services.settings.get().notificationsPausedUntil).toBeNull();

  // Unset means the default: on, since this desk has chosen a workspace.
  const login = main.getByRole("checkbox", { name: "Start On-Call Desk when I log in" });
  await expect(login).toBeChecked();
  await login.uncheck();
  await expect.poll(() => services.settings.get().startAtLogin).toBe(false);

  await main.getByRole("radio", { name: "Dark" }).check();
  await expect.poll(() => services.settings.get().theme).toBe("dark");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await main.getByRole("radio", { name: "Follow the system" }).check();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
});

test("settings changed in main (the tray, another window) reach the page, and 'you' follows the identity", async ({ openDesk }) => {
  const { page, services } = await openDesk();
  await expect(page.locator("[data-oncall-name]").first()).toBeVisible();
  await expect(page.locator(".oncall .badge--you")).toHaveCount(0);
  const engineer = await page.getByRole("region", { name: "On call now" }).locator("[data-oncall-name]").textContent();
  const id = (await services.desk.current())!.workspace.team.find((e) => e.name === engineer)!.id;
  services.settings.update({ identity: { kind: "engineer", engineer: id }, theme: "dark" });
  await expect(page.getByRole("region", { name: "On call now" }).locator(".badge--you")).toHaveText("you");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
});

test("the workspace section shows the folder in use and opens another through main's folder dialog", async ({ openDesk, workspaceCopy }) => {
  const { page, folderRequests, services } = await openDesk({ path: routes.settings(), pickFolder: async () => workspaceCopy });
  const main = page.locator("main");
  await expect(main.getByRole("region", { name: "Workspace" })).toContainText(EMBEDDED_WORKSPACE);
  await expect(main.getByText("embedded default", { exact: true })).toBeVisible();
  await main.getByRole("button", { name: "Open workspace…" }).click();
  await expect(main.getByRole("region", { name: "Workspace" }).getByRole("status")).toHaveText(`Opened ${workspaceCopy}`);
  expect(folderRequests).toEqual(["open"]);
  // The app now runs the chosen folder, and remembers it.
  expect(services.appInfo).toMatchObject({ workspaceDir: workspaceCopy, workspaceOrigin: "folder" });
  expect(services.settings.get().workspace).toEqual({ kind: "folder", dir: workspaceCopy });
  await expect(main.getByRole("region", { name: "Workspace" })).toContainText(workspaceCopy);
});

test("a cancelled choice leaves the workspace as it was and says so", async ({ openDesk }) => {
  const { page, folderRequests, services } = await openDesk({ path: routes.settings() });
  await page.getByRole("button", { name: "Open workspace…" }).click();
  await expect(page.getByRole("region", { name: "Workspace" }).getByRole("status")).toHaveText("No folder chosen: the workspace is unchanged.");
  expect(folderRequests).toEqual(["open"]);
  expect(services.appInfo.workspaceOrigin).toBe("demo");
});
