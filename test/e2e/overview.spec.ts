import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { loadWorkspace } from "../../main/services/workspace/load-workspace";
import { formatProblem } from "../../shared/domain/workspace";
import type { OncallApi } from "../../shared/ipc/contract";
import { EMBEDDED_WORKSPACE, expect, test } from "./support/desk-fixture";

const ENGINEERS = ["Alex Chen", "Sarah Johnson", "Mike Rodriguez", "Lisa Wang"];

/** Breaks a workspace copy in two places: a misspelt key and an invalid SLA. */
async function breakWorkspace(dir: string): Promise<void> {
  const file = path.join(dir, "workspace.yaml");
  const text = await readFile(file, "utf8");
  const broken = text.replace("sla: 4h", "sla: soon").replace("    purpose: Investor-facing", "    purpse: Investor-facing");
  expect(broken).not.toBe(text);
  await writeFile(file, broken);
}

test("the overview shows the default workspace: 4 engineers and 5 pipelines", async ({ openDesk }) => {
  const { page } = await openDesk();
  const team = page.getByRole("region", { name: "Team" });
  await expect(team.locator(".card--engineer")).toHaveCount(4);
  for (const name of ENGINEERS) await expect(team.getByText(name, { exact: true })).toBeVisible();
  await expect(team.getByText("alex.chen@example.com")).toBeVisible();
  await expect(team.locator(".badge--senior")).toHaveCount(1);

  const pipelines = page.getByRole("region", { name: "Pipelines" });
  await expect(pipelines.locator("tbody tr")).toHaveCount(5);
  const profit = pipelines.locator("tr", { hasText: "Aggregate Profit" });
  await expect(profit).toContainText("high");
  await expect(profit).toContainText("2h");
  await expect(profit).toContainText("0 6 * * *");
  await expect(profit.locator("td").nth(5)).toHaveText("Alex Chen");
  await expect(profit.locator("td").nth(6)).toHaveText("Sarah Johnson");
  await expect(page.getByText("embedded default")).toBeVisible();
  await page.screenshot({ path: "/tmp/oncall-desk-overview.png", fullPage: true });
});

test("filters pipelines by area and highlights an engineer's pipelines", async ({ openDesk }) => {
  const { page } = await openDesk();
  const pipelines = page.getByRole("region", { name: "Pipelines" });
  await pipelines.getByRole("button", { name: "profit" }).click();
  await expect(pipelines.locator("tbody tr")).toHaveCount(2);
  await pipelines.getByRole("button", { name: "all" }).click();
  await page.getByRole("region", { name: "Team" }).getByRole("button", { name: /Alex Chen/ }).click();
  const embedded = await loadWorkspace(EMBEDDED_WORKSPACE);
  if (!embedded.ok) throw new Error("the embedded workspace does not validate");
  const alexOwns = embedded.workspace.pipelines.filter((p) => p.owners.primary === "alex" || p.owners.secondary === "alex").length;
  await expect(pipelines.locator("tr.row--highlighted")).toHaveCount(alexOwns);
});

test("an invalid workspace shows every problem as FILE:LINE:COL", async ({ openDesk, workspaceCopy }) => {
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
  await page.screenshot({ path: "/tmp/oncall-desk-problems.png", fullPage: true });
});

test("Reload and main's workspace:changed event both bring file edits in", async ({ openDesk, workspaceCopy }) => {
  const { page, services } = await openDesk(workspaceCopy);
  await expect(page.locator(".card--engineer")).toHaveCount(4);
  await breakWorkspace(workspaceCopy);
  await page.getByRole("button", { name: "Reload" }).click();
  await expect(page.getByRole("region", { name: "Workspace problems" })).toBeVisible();
  // A broken edit must not stop monitoring: the last valid workspace's pipelines are still watched.
  await expect(page.getByRole("status").filter({ hasText: "Still monitoring with the last valid workspace" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Pipeline status" }).locator("tbody tr")).toHaveCount(5);
  await page.screenshot({ path: "/tmp/oncall-desk-broken-edit.png", fullPage: true });

  await writeFile(path.join(workspaceCopy, "workspace.yaml"), await readFile(path.join(EMBEDDED_WORKSPACE, "workspace.yaml")));
  // A reload started by main (as a file watcher would) reaches the page as an event.
  await services.workspace.reload();
  await expect(page.locator(".card--engineer")).toHaveCount(4);
});

test("the bridge refuses bad payloads and undeclared events", async ({ openDesk }) => {
  const { page } = await openDesk();
  await expect(page.locator(".card--engineer")).toHaveCount(4);
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
  await expect(page.locator(".card--engineer")).toHaveCount(4);
  await page.goto(`${foreignServer.origin}/index.html`);
  await expect(page.getByText(/Could not load the workspace: .*untrusted sender/)).toBeVisible();
});
