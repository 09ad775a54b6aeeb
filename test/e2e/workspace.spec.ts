import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { loadWorkspace } from "../../main/services/workspace/load-workspace";
import { formatProblem } from "../../shared/domain/workspace";
import type { OncallApi } from "../../shared/ipc/contract";
import { routes } from "../../shared/ipc/routes";
import { EMBEDDED_WORKSPACE, expect, test } from "./support/desk-fixture";

/** Breaks a workspace copy in two places: a misspelt key and an invalid SLA. */
async function breakWorkspace(dir: string): Promise<void> {
  const file = path.join(dir, "workspace.yaml");
  const text = await readFile(file, "utf8");
  const broken = text.replace("sla: 4h", "sla: soon").replace("    purpose: Investor-facing", "    purpse: Investor-facing");
  expect(broken).not.toBe(text);
  await writeFile(file, broken);
}

test("an invalid workspace shows every problem as FILE:LINE:COL on Now, and a notice on the other views", async ({ openDesk, workspaceCopy }) => {
  await breakWorkspace(workspaceCopy);
  const expected = await loadWorkspace(workspaceCopy);
  if (expected.ok) throw new Error("the broken copy validated");
  const { page } = await openDesk(workspaceCopy);
  const problems = page.getByRole("region", { name: "Workspace problems" });
  await expect(problems.getByRole("heading")).toHaveText(`The workspace has ${expected.problems.length} problems`);
  const lines = problems.locator("li code");
  await expect(lines).toHaveText(expected.problems.map(formatProblem));
  for (const line of await lines.allTextContents()) expect(line).toMatch(/^workspace\.yaml:\d+:\d+: \S+: .+/);
  await expect(lines.filter({ hasText: "sla: invalid duration" })).toHaveCount(1);
  await expect(lines.filter({ hasText: "purpse" })).toHaveCount(1);

  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Team" }).click();
  await expect(page.getByRole("status").filter({ hasText: `The workspace has ${expected.problems.length} problems.` })).toBeVisible();
  await expect(page.locator("main")).toContainText("No valid workspace is loaded.");
  await page.getByRole("link", { name: "See them on Now" }).click();
  await expect(problems).toBeVisible();
});

test("Reload and main's workspace:changed event both bring file edits in; a broken edit keeps the last valid workspace monitored", async ({ openDesk, workspaceCopy }) => {
  const { page, services } = await openDesk({ workspaceDir: workspaceCopy, path: routes.team() });
  await expect(page.locator("li[data-engineer]")).toHaveCount(4);
  await breakWorkspace(workspaceCopy);
  await page.getByRole("button", { name: "Reload" }).click();
  await expect(page.getByRole("status").filter({ hasText: "still monitoring with the last valid workspace" })).toBeVisible();
  // A broken edit must not stop monitoring: the last valid workspace's team and pipelines are still shown.
  await expect(page.locator("li[data-engineer]")).toHaveCount(4);
  await page.getByRole("link", { name: "See them on Now" }).click();
  await expect(page.getByRole("region", { name: "Workspace problems" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Pipeline board" }).locator("tbody tr")).toHaveCount(5);

  await writeFile(path.join(workspaceCopy, "workspace.yaml"), await readFile(path.join(EMBEDDED_WORKSPACE, "workspace.yaml")));
  // A reload started by main (as a file watcher would) reaches the page as an event.
  await services.workspace.reload();
  await expect(page.getByRole("region", { name: "Workspace problems" })).toHaveCount(0);
});

test("the bridge refuses bad payloads and undeclared events", async ({ openDesk }) => {
  const { page } = await openDesk();
  await expect(page.locator("[data-oncall-name]").first()).toBeVisible();
  const badPayload = await page.evaluate(() =>
    (globalThis as unknown as { oncall: OncallApi }).oncall.getWorkspace({ dir: "/etc" } as never).then(
      () => "accepted",
      (error: Error) => error.message,
    ),
  );
  expect(badPayload).toContain("workspace:get: invalid request");
  const badEvent = await page.evaluate(() => {
    try {
      (globalThis as unknown as { oncall: OncallApi }).oncall.on("ipc:anything" as never, () => undefined);
      return "subscribed";
    } catch (error) {
      return (error as Error).message;
    }
  });
  expect(badEvent).toContain('unknown event "ipc:anything"');
});

test("a page on another origin is refused by the sender check", async ({ openDesk, foreignServer }) => {
  const { page } = await openDesk();
  await expect(page.locator("[data-oncall-name]").first()).toBeVisible();
  await page.goto(`${foreignServer.origin}/index.html`);
  await expect(page.getByText(/Could not load the workspace: .*untrusted sender/)).toBeVisible();
});
