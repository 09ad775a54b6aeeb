import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { EMBEDDED_WORKSPACE, expect, test } from "./support/desk-fixture";

/** Folders the fake folder dialog answers with, in turn (then the user cancels). */
function dialogAnswers(...answers: string[]) {
  const asked: string[] = [];
  const pickFolder = async (purpose: "open" | "create") => {
    asked.push(purpose);
    return answers.shift();
  };
  return { asked, pickFolder };
}

const temps: string[] = [];
test.afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "ocd-welcome-"));
  temps.push(dir);
  return dir;
}

test("a first run welcomes the user; exploring the demo opens it, asks who they are, and remembers both", async ({ openDesk }) => {
  const { page, services } = await openDesk({ firstRun: true });
  const welcome = page.getByRole("region", { name: "Welcome" });
  await expect(welcome.getByRole("heading", { name: "Welcome to On-Call Desk" })).toBeVisible();
  for (const name of ["Open your team's workspace folder…", "Create one from the template…", "Explore with demo data"]) {
    await expect(welcome.getByRole("button", { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) })).toBeVisible();
  }
  // Nothing runs behind the welcome: no workspace is open.
  expect(services.appInfo.workspaceOrigin).toBe("none");

  await welcome.getByRole("button", { name: /^Explore with demo data/ }).click();
  const who = page.getByRole("region", { name: "Who are you?" });
  await expect(who.getByRole("button")).toHaveText([/^Alex Chen/, /^Sarah Johnson/, /^Mike Rodriguez/, /^Lisa Wang/, /^Nobody: I'm watching/, "Skip for now"]);
  await who.getByRole("checkbox", { name: /Start On-Call Desk when I log in/ }).uncheck();
  await who.getByRole("button", { name: /^Sarah Johnson/ }).click();

  // The app itself, on the demo workspace.
  await expect(page.getByRole("heading", { level: 1, name: "Now" })).toBeVisible();
  await expect(page.getByText("embedded default")).toBeVisible();
  await expect(page.locator("[data-workspace-source]")).toHaveText("demo data");
  expect(services.settings.get()).toMatchObject({ workspace: { kind: "demo" }, identity: { kind: "engineer", engineer: "sarah" }, startAtLogin: false });
  expect(services.appInfo).toMatchObject({ workspaceOrigin: "demo", workspaceDir: EMBEDDED_WORKSPACE });
});

test("creating from the template refuses a folder with files in it, then fills an empty one and opens it", async ({ openDesk }) => {
  const busy = await tempDir();
  await writeFile(path.join(busy, "notes.txt"), "mine");
  const empty = await tempDir();
  const dialog = dialogAnswers(busy, empty);
  const { page, services } = await openDesk({ firstRun: true, pickFolder: dialog.pickFolder });
  const welcome = page.getByRole("region", { name: "Welcome" });

  await welcome.getByRole("button", { name: /^Create one from the template…/ }).click();
  await expect(welcome.getByRole("alert")).toHaveText(`${busy} is not empty (it holds notes.txt): choose an empty folder for the new workspace, so nothing of yours is overwritten`);
  expect(await readdir(busy)).toEqual(["notes.txt"]);

  await welcome.getByRole("button", { name: /^Create one from the template…/ }).click();
  await page.getByRole("region", { name: "Who are you?" }).getByRole("button", { name: "Skip for now" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Now" })).toBeVisible();
  expect((await readdir(empty)).sort()).toEqual(["risks.yaml", "runbooks", "workspace.yaml"]);
  expect(await readFile(path.join(empty, "workspace.yaml"), "utf8")).toBe(await readFile(path.join(EMBEDDED_WORKSPACE, "workspace.yaml"), "utf8"));
  expect(dialog.asked).toEqual(["create", "create"]);
  expect(services.appInfo).toMatchObject({ workspaceOrigin: "folder", workspaceDir: empty, embeddedWorkspace: false });
  expect(services.settings.get()).toMatchObject({ workspace: { kind: "folder", dir: empty }, identity: null, startAtLogin: null });
});

test("opening a folder that is not a workspace says so, and cancelling the dialog changes nothing", async ({ openDesk }) => {
  const notAWorkspace = await tempDir();
  const dialog = dialogAnswers(notAWorkspace);
  const { page, services } = await openDesk({ firstRun: true, pickFolder: dialog.pickFolder });
  const welcome = page.getByRole("region", { name: "Welcome" });
  const open = welcome.getByRole("button", { name: /^Open your team's workspace folder…/ });
  await open.click();
  await expect(welcome.getByRole("alert")).toContainText(`${notAWorkspace} is not a workspace folder: it has no workspace.yaml`);
  // The dialog is cancelled: the welcome stays.
  await open.click();
  await expect(welcome).toBeVisible();
  expect(services.appInfo.workspaceOrigin).toBe("none");
  expect(dialog.asked).toEqual(["open", "open"]);
});

test("the team's folder opens from the welcome, and who am I is answered as a watcher", async ({ openDesk, workspaceCopy }) => {
  const dialog = dialogAnswers(workspaceCopy);
  const { page, services } = await openDesk({ firstRun: true, pickFolder: dialog.pickFolder });
  await page.getByRole("region", { name: "Welcome" }).getByRole("button", { name: /^Open your team's workspace folder…/ }).click();
  await page.getByRole("region", { name: "Who are you?" }).getByRole("button", { name: /^Nobody: I'm watching/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Now" })).toBeVisible();
  await expect(page.locator("[data-workspace-source]")).toHaveText(workspaceCopy);
  expect(services.settings.get()).toMatchObject({ workspace: { kind: "folder", dir: workspaceCopy }, identity: { kind: "watcher" } });
});

test("a machine that chose its workspace goes straight to the app", async ({ openDesk }) => {
  const { page } = await openDesk();
  await expect(page.getByRole("heading", { level: 1, name: "Now" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Welcome" })).toHaveCount(0);
});
