import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "@playwright/test";
import { escalationChain } from "../../shared/domain/rotation/escalation-chain";
import { searchRunbooks } from "../../shared/domain/runbook-search";
import { routes } from "../../shared/ipc/routes";
import { DESK_NOW, expect, test } from "./support/desk-fixture";
import { embedded, firstSnapshot } from "./support/domain";

/** Every source of the workspace copy points at a port where nothing listens: none can be read. */
async function unreachableSources(dir: string): Promise<void> {
  const file = path.join(dir, "workspace.yaml");
  const yaml = await readFile(file, "utf8");
  const cut = yaml.replace(/^ {2}- \{ id: demo, kind: demo \}.*$/m, '  - { id: demo, kind: airflow, url: "http://127.0.0.1:9", api: v1, timeout: 2s }');
  expect(cut).not.toBe(yaml);
  await writeFile(file, cut);
}

/** Cuts the page off every origin but the app's own (its files; Electron serves them from app://), recording what was tried. */
async function cutNetwork(page: Page, origin: string): Promise<string[]> {
  const tried: string[] = [];
  await page.context().route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith("data:")) return route.continue();
    tried.push(url);
    return route.abort("internetdisconnected");
  });
  return tried;
}

test("offline, with every source unreachable: the runbooks, search, a runbook's checklist and its escalation contacts all work", async ({ openDesk, workspaceCopy, page }) => {
  await unreachableSources(workspaceCopy);
  const { ws, schedule } = await embedded();
  const { services, origin } = await openDesk({ workspaceDir: workspaceCopy, path: routes.runbooks() });
  const snapshot = await firstSnapshot(services);
  expect(snapshot.pipelines.every((p) => p.state === "unknown")).toBe(true);
  // From here on the page reaches nothing but its own files, and opens on the sources' verdict.
  const tried = await cutNetwork(page, origin);
  await page.reload();

  // The list: every runbook, in pipeline order, with its last change said from where it is known.
  const list = page.getByRole("list", { name: "Runbooks" });
  const runbooks = ws.pipelines.map((p) => ws.runbooks[p.id]!);
  await expect(list.locator("[data-list-item]")).toHaveText(runbooks.map((r) => r.title));
  await expect(list.locator("[data-changed-from]")).toHaveCount(runbooks.length);

  // Open one with the keyboard (j, Enter); now the views' code is loaded, the page goes fully offline.
  await page.keyboard.press("j");
  await expect(list.locator("[data-list-item]").first()).toBeFocused();
  await page.keyboard.press("Enter");
  const first = runbooks[0]!;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(first.title);
  await page.context().setOffline(true);

  // Search across all runbooks, as the domain finds them; Enter opens the first result.
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Runbooks" }).click();
  const search = page.getByRole("searchbox", { name: "Search runbooks" });
  await search.fill("logic");
  const expected = searchRunbooks(runbooks, "logic");
  expect(expected.length).toBeGreaterThan(1);
  const results = page.getByRole("list", { name: "Search results" });
  await expect(results.locator("[data-list-item]")).toHaveText(expected.map((r) => r.title));
  const top = expected[0]!;
  await expect(results.getByRole("list", { name: `Matches in ${top.title}` }).locator("mark").first()).toHaveText(/logic/i);
  await expect(page.getByRole("status").filter({ hasText: "runbooks match" })).toHaveText(`${expected.length} of ${runbooks.length} runbooks match`);
  await search.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(top.title);

  // The runbook: its checklist, its sections, its pipeline's state and the people to call.
  const pipeline = ws.pipelines.find((p) => p.id === top.pipelineId)!;
  const runbook = ws.runbooks[pipeline.id]!;
  await expect(page.getByRole("list", { name: "Checklist steps" }).locator("li")).toHaveText(runbook.steps.map((s) => s.text));
  for (const section of runbook.sections) await expect(page.getByRole("region", { name: section.heading })).toBeVisible();
  const aside = page.getByRole("complementary", { name: `${pipeline.name} now` });
  await expect(aside.locator("[data-state]")).toHaveAttribute("data-state", "unknown");
  const chain = escalationChain(ws, schedule, pipeline.id, DESK_NOW.getTime());
  const escalation = aside.getByRole("region", { name: `Escalation — ${pipeline.name}` });
  await expect(escalation.locator("li strong")).toHaveText(chain.contacts.map((c) => c.name));
  for (const contact of chain.contacts.filter((c) => c.contact.phone)) await expect(escalation).toContainText(contact.contact.phone!);
  const owners = aside.getByRole("region", { name: "Owners" });
  await expect(owners.locator(".cell__title")).toHaveText([pipeline.owners.primary, pipeline.owners.secondary].map((id) => ws.team.find((e) => e.id === id)!.name));

  // Nothing was asked of the network but the app's own files.
  expect(tried).toEqual([]);
});

test("a runbook links only to hosts the workspace names, mailto: and tel:; other links are text with the URL shown; images only from the folder", async ({ openDesk, workspaceCopy, page }) => {
  const yamlFile = path.join(workspaceCopy, "workspace.yaml");
  await writeFile(yamlFile, `${await readFile(yamlFile, "utf8")}\nlink_hosts: [wiki.example.com]\n`);
  await writeFile(path.join(workspaceCopy, "runbooks", "flow.png"), Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64"));
  const file = path.join(workspaceCopy, "runbooks", "daily_growth.md");
  const crafted = (await readFile(file, "utf8")).replace(
    "## Technical details",
    [
      "See [the wiki](https://wiki.example.com/growth), mail [the manager](mailto:eng-manager@example.com) or call [Alex](tel:+1-555-0101).",
      "Not these: [a stranger](https://evil.example/steal), [plain http](http://wiki.example.com/x), [script](javascript:alert(1)), <https://evil.example/auto>.",
      '<a href="https://wiki.example.com/raw">raw html</a>',
      "",
      "![the flow](flow.png) ![remote chart](https://wiki.example.com/chart.png) ![escape](../../outside.png)",
      "",
      "## Technical details",
    ].join("\n"),
  );
  await writeFile(file, crafted);
  await openDesk({ workspaceDir: workspaceCopy, path: routes.runbook("daily_growth") });
  const overview = page.getByRole("region", { name: "Overview" });

  await expect(overview.getByRole("link", { name: "the wiki" })).toHaveAttribute("href", "https://wiki.example.com/growth");
  await expect(overview.getByRole("link", { name: "the wiki" })).toHaveAttribute("target", "_blank");
  await expect(overview.getByRole("link", { name: "the manager" })).toHaveAttribute("href", "mailto:eng-manager@example.com");
  await expect(overview.getByRole("link", { name: "Alex" })).toHaveAttribute("href", "tel:+1-555-0101");
  for (const [text, url] of [
    ["a stranger", "https://evil.example/steal"],
    ["plain http", "http://wiki.example.com/x"],
    ["script", "javascript:alert(1)"],
  ]) {
    await expect(overview.getByRole("link", { name: text! })).toHaveCount(0);
    await expect(overview.locator(`[data-link-refused="${url}"]`)).toHaveText(`${text} (${url})`);
  }
  await expect(overview.locator('[data-link-refused="https://evil.example/auto"]')).toHaveText("https://evil.example/auto");
  // Exactly the three allowed links are clickable; raw HTML is dropped (its tags; the words between them stay text).
  await expect(overview.getByRole("link")).toHaveCount(3);
  await expect(overview.locator('a[href="https://wiki.example.com/raw"]')).toHaveCount(0);

  // The image in the folder shows; one from the web or out of the folder shows its alt text.
  await expect(overview.getByRole("img", { name: "the flow" })).toHaveAttribute("src", /^data:image\/png;base64,/);
  await expect(overview.getByRole("img")).toHaveCount(1);
  await expect(overview).toContainText("[image: remote chart]");
  await expect(overview).toContainText("[image: escape]");
});

test("Start incident on a runbook starts one with its checklist and opens it", async ({ openDesk }) => {
  const { ws } = await embedded();
  const { page, services } = await openDesk({ path: routes.runbook("aggregate_profit"), settings: { identity: { kind: "engineer", engineer: "alex" } } });
  await page.getByRole("button", { name: "Start incident for Aggregate Profit" }).click();
  await expect(page).toHaveURL(/#\/incidents\/[0-9A-Z]+$/);
  const [incident] = await services.incidents.list();
  expect(page.url()).toContain(routes.incident(incident!.id));
  expect(incident!.pipelineId).toBe("aggregate_profit");
  expect(incident!.steps.map((s) => s.text)).toEqual(ws.runbooks.aggregate_profit!.steps.map((s) => s.text));
});

test("the palette opens a pipeline's runbook view", async ({ openDesk }) => {
  const { ws } = await embedded();
  const { page } = await openDesk();
  const palette = page.getByRole("dialog", { name: "Command palette" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Now");
  await page.keyboard.press("Control+k");
  await palette.getByRole("combobox", { name: "Command palette" }).fill("runbook unit-level profit");
  const runbook = ws.runbooks.unit_profit!;
  await expect(palette.getByRole("option").first()).toHaveText(`Runbook ${runbook.title}`);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`#${routes.runbook("unit_profit")}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(runbook.title);
});

test("an alert on Now opens its pipeline's runbook, named for the pipeline", async ({ openDesk }) => {
  const { ws } = await embedded();
  const { page, services } = await openDesk();
  const alert = (await firstSnapshot(services)).alerts[0]!;
  // The page opens on the first poll's alerts.
  await page.reload();
  const pipeline = ws.pipelines.find((p) => p.id === alert.pipelineId)!;
  await page.getByRole("link", { name: `Runbook for ${pipeline.name}` }).first().click();
  await expect(page).toHaveURL(new RegExp(`#${routes.runbook(pipeline.id)}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ws.runbooks[pipeline.id]!.title);
});
