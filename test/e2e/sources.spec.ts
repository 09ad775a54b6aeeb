import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { startFakeAirflowV1, v1Run } from "../fakes/fake-airflow-v1";
import { createHandlers } from "../../main/app/handlers";
import { routes } from "../../shared/ipc/routes";
import { expect, test } from "./support/desk-fixture";

const PASSWORD = "e2e-S3cret!";

test("the Sources panel lists the embedded workspace's demo source, labelled demo, with no secret to enter", async ({ openDesk }) => {
  const { page } = await openDesk({ path: routes.sources() });
  const panel = page.getByRole("list", { name: "Sources" });
  await expect(panel.locator("li.source")).toHaveCount(1);
  const demo = panel.locator("li[data-source=demo]");
  await expect(demo.locator(".badge--demo")).toHaveText("demo");
  await expect(demo).toContainText("simulated runs, no server");
  await expect(demo).toHaveAttribute("data-health", "ok");
  await expect(demo).toHaveAttribute("data-secret", "not-needed");
  await expect(demo.locator("input")).toHaveCount(0);
});

test("an Airflow source behind basic auth: failing with the secret missing, then a password saved in the panel makes the next poll succeed", async ({ openDesk, workspaceCopy }) => {
  const airflow = await startFakeAirflowV1({ credentials: { username: "oncall", password: PASSWORD } });
  try {
    // aggregate_profit (daily 06:00 UTC, SLA 2h) delivered on Mar 9 and Mar 10: healthy at the desk's clock once readable.
    const at = (d: number, h: number, m = 0) => new Date(Date.UTC(2026, 2, d, h, m));
    airflow.dags.set("aggregate_profit", [
      v1Run("aggregate_profit", at(8, 6), at(9, 6), "success", at(9, 6, 5), at(9, 6, 50)),
      v1Run("aggregate_profit", at(9, 6), at(10, 6), "success", at(10, 6, 5), at(10, 6, 50)),
    ]);
    const file = path.join(workspaceCopy, "workspace.yaml");
    const yaml = (await readFile(file, "utf8"))
      .replace(
        "- { id: demo, kind: demo }",
        `- { id: demo, kind: demo }\n  - { id: prod, kind: airflow, url: "${airflow.url}", api: v1, poll: 2m, auth: { kind: basic, username: oncall, password_env: AIRFLOW_PASSWORD } }`,
      )
      .replace("source: { id: demo, dag_id: aggregate_profit }", "source: { id: prod, dag_id: aggregate_profit }");
    await writeFile(file, yaml);

    const { page, services } = await openDesk({ workspaceDir: workspaceCopy, path: routes.sources() });
    const prod = page.getByRole("list", { name: "Sources" }).locator("li[data-source=prod]");
    // The pipeline's state as main has it; the Now board shows it at the end.
    const profitState = async () => (await createHandlers(services)["status:get"]({}))?.pipelines.find((p) => p.id === "aggregate_profit")?.state;
    await expect(prod).toHaveAttribute("data-health", "failing");
    await expect(prod).toHaveAttribute("data-secret", "missing");
    await expect(prod).toContainText("environment variable AIRFLOW_PASSWORD is not set");
    await expect(prod).toContainText(airflow.url);
    await expect(prod).toContainText("poll every 2m · timeout 10s");
    expect(await profitState()).toBe("unknown");

    await prod.screenshot({ path: "/tmp/oncall-desk-source-failing.png" });
    const field = prod.getByLabel("Password for prod");
    await expect(field).toHaveAttribute("type", "password");

    // A wrong password is stored, tried at once, and the server's refusal is shown.
    await field.fill("not-it");
    await prod.getByRole("button", { name: "Save" }).click();
    await expect(prod).toContainText("authentication failed for source prod");
    await expect(prod).toHaveAttribute("data-secret", "stored");
    expect(await profitState()).toBe("unknown");

    await field.fill(PASSWORD);
    await prod.getByRole("button", { name: "Save" }).click();
    await expect(prod).toHaveAttribute("data-health", "ok");
    await expect(prod).toContainText("stored in the OS keychain");
    await expect(field).toHaveValue("");
    await expect.poll(profitState).toBe("healthy");
    await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Now" }).click();
    await expect(page.getByRole("table", { name: "Pipeline board" }).locator("tr[data-pipeline=aggregate_profit]")).toHaveAttribute("data-state", "healthy");
    await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Sources" }).click();
    // The secret is nowhere in the page: not echoed back, not kept in the field.
    expect(await page.content()).not.toContain(PASSWORD);

    // Forget: the stored secret is gone and the environment (unset here) is what the next poll would use.
    await prod.getByRole("button", { name: "Forget" }).click();
    await expect(prod).toHaveAttribute("data-secret", "missing");
    await expect(prod.getByRole("button", { name: "Forget" })).toHaveCount(0);
  } finally {
    await airflow.close();
  }
});
