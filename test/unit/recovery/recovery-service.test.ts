import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { IncidentError } from "../../../main/services/incidents/incident-error";
import { createIncidentService, type IncidentService } from "../../../main/services/incidents/incident-service";
import { clearFailedTasks, recoveryOptions, type RecoveryScene } from "../../../main/services/recovery/recovery-service";
import { createSource } from "../../../main/services/sources/create-source";
import { loadWorkspace } from "../../../main/services/workspace/load-workspace";
import type { Incident } from "../../../shared/domain/incidents/fold-incident";
import type { AlertRecord } from "../../../shared/domain/incidents/incident-timeline";
import { incidentView } from "../../../shared/domain/incidents/incident-view";
import type { PipelineReading } from "../../../shared/domain/runs";
import type { Workspace } from "../../../shared/domain/workspace";
import { airflowSpec } from "../../fakes/airflow-openapi";
import { RECOVERY_ENV, startRecoveryWorld, type RecoveryWorld } from "./recovery-world";

const NOW = new Date("2026-03-10T09:30:00Z");
let world: RecoveryWorld;
let workspace: Workspace;

beforeAll(async () => {
  world = await startRecoveryWorld(NOW);
  const loaded = await loadWorkspace(world.workspaceDir);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  workspace = loaded.workspace;
});

afterAll(async () => {
  await world.close();
});

beforeEach(() => {
  world.v1.clearFaults();
  world.v2.clearFaults();
});

/** The pipeline's reading, read now from its source as the monitor would. */
async function read(ws: Workspace, pipelineId: string): Promise<PipelineReading> {
  const pipeline = ws.pipelines.find((p) => p.id === pipelineId)!;
  const config = ws.sources.find((s) => s.id === pipeline.source.id)!;
  const [reading] = await createSource(config, { env: RECOVERY_ENV }).read([pipeline], { now: NOW, signal: new AbortController().signal });
  return reading!;
}

async function sceneFor(pipelineId: string, ws = workspace): Promise<RecoveryScene> {
  const reading = await read(ws, pipelineId);
  return { workspace: ws, reading: (id) => (id === pipelineId ? reading : undefined) };
}

const alert = (pipelineId: string, intervalEnd: string | null, kind: AlertRecord["kind"] = "failed"): AlertRecord => ({
  id: `${pipelineId}/${kind}/${intervalEnd}`,
  kind,
  intervalEnd,
  reason: "the run failed",
  openedAt: "2026-03-10T07:00:00.000Z",
});

async function started(pipelineId: string, alerts: AlertRecord[]): Promise<{ incidents: IncidentService; incident: Incident }> {
  const incidents = createIncidentService({ stateDir: await mkdtemp(path.join(tmpdir(), "ocd-recovery-")) });
  const incident = await incidents.start({ workspace, workspaceDir: world.workspaceDir, pipelineId, by: "alex", at: new Date("2026-03-10T09:00:00Z"), alerts });
  return { incidents, incident };
}

const deps = { env: RECOVERY_ENV, now: () => NOW };
const clearsSent = (requests: { method: string; path: string; body: unknown }[]) => requests.filter((r) => r.method === "POST" && r.path.endsWith("/clearTaskInstances"));

describe("recovery on Airflow 2 (API v1)", () => {
  it("offers the run's grid view and the clear; the dry run lists the failed tasks, changes nothing and is recorded", async () => {
    const { incidents, incident } = await started("aggregate_profit", [alert("aggregate_profit", world.intervalEnd.profit)]);
    const scene = await sceneFor("aggregate_profit");
    const options = recoveryOptions(scene, incident);
    expect(options).toMatchObject({ source: { id: "af2", kind: "airflow", api: "v1" }, run: { runId: world.runs.profit, state: "failed" }, notes: [] });
    expect(options.actions).toEqual([
      { kind: "open-airflow-run", label: "Open this run in Airflow", runId: world.runs.profit, url: `${world.v1.url}/dags/aggregate_profit/grid?dag_run_id=${encodeURIComponent(world.runs.profit)}` },
      { kind: "clear-failed-tasks", label: "Clear the failed tasks of this run", runId: world.runs.profit, dagId: "aggregate_profit" },
    ]);

    const before = clearsSent(world.v1.requests).length;
    const { outcome, incident: after } = await clearFailedTasks(incidents, scene, deps, { incidentId: incident.id, by: "alex", dryRun: true });
    expect(outcome).toEqual({
      dryRun: true,
      outcome: "succeeded",
      detail: "would clear 2 task instances (DAG aggregate_profit on source af2)",
      sourceId: "af2",
      dagId: "aggregate_profit",
      runId: world.runs.profit,
      taskInstances: [
        { taskId: "load_finance", mapIndex: null, state: null },
        { taskId: "aggregate", mapIndex: null, state: null },
      ],
    });
    const [sent] = clearsSent(world.v1.requests).slice(before);
    expect(sent).toMatchObject({ path: "/api/v1/dags/aggregate_profit/clearTaskInstances", headers: { authorization: `Basic ${Buffer.from("oncall:pw-oncall").toString("base64")}` } });
    expect(sent!.body).toEqual({ dry_run: true, only_failed: true, dag_run_id: world.runs.profit, reset_dag_runs: true });
    expect(airflowSpec("v1").checkRequest("POST", sent!.path, sent!.body)).toEqual([]);
    expect(world.v1.dags.get("aggregate_profit")!.at(-1)!.state).toBe("failed");
    expect(after.recoveries).toEqual([
      { type: "recovery", at: NOW.toISOString(), by: "alex", action: "clear-failed-tasks", target: world.runs.profit, dryRun: true, outcome: "succeeded", detail: outcome.detail, items: ["load_finance", "aggregate"] },
    ]);
    expect(incidentView(after, [], workspace).timeline.at(-1)).toEqual({
      at: NOW.toISOString(),
      kind: "recovery",
      by: "alex",
      text: `dry run of clear-failed-tasks on ${world.runs.profit}: succeeded — would clear 2 task instances (DAG aggregate_profit on source af2)`,
    });
  });

  it("the real clear resets the failed tasks and queues the run again: the next read shows it queued", async () => {
    const { incidents, incident } = await started("aggregate_profit", [alert("aggregate_profit", world.intervalEnd.profit)]);
    const scene = await sceneFor("aggregate_profit");
    const { outcome, incident: after } = await clearFailedTasks(incidents, scene, deps, { incidentId: incident.id, by: "sarah", dryRun: false, runId: world.runs.profit });
    expect(outcome).toMatchObject({ dryRun: false, outcome: "succeeded", detail: "cleared 2 task instances; Airflow queues the run again (DAG aggregate_profit on source af2)" });
    expect(clearsSent(world.v1.requests).at(-1)!.body).toEqual({ dry_run: false, only_failed: true, dag_run_id: world.runs.profit, reset_dag_runs: true });
    expect(after.recoveries.at(-1)).toMatchObject({ by: "sarah", dryRun: false, outcome: "succeeded", items: ["load_finance", "aggregate"] });
    expect(world.v1.tasks.get("aggregate_profit")!.get(world.runs.profit)!.map((t) => t.state)).toEqual(["success", null, null]);
    const reread = await read(workspace, "aggregate_profit");
    expect(reread.ok && reread.runs.find((r) => r.runId === world.runs.profit)).toMatchObject({ state: "queued", start: null, end: null });
    // The run is no longer failed: nothing more to clear, and the options say why.
    const later = recoveryOptions({ workspace, reading: () => reread }, after);
    expect(later.actions.map((a) => a.kind)).toEqual(["open-airflow-run"]);
    expect(later.notes).toEqual([`run ${world.runs.profit} is queued, not failed: there are no failed tasks to clear`]);
    // Put the run back as it was for the other tests.
    Object.assign(world.v1.dags.get("aggregate_profit")!.at(-1)!, { state: "failed", start_date: "2026-03-10T06:05:00+00:00", end_date: "2026-03-10T06:25:00+00:00" });
    for (const [i, state] of (["success", "failed", "upstream_failed"] as const).entries()) world.v1.tasks.get("aggregate_profit")!.get(world.runs.profit)![i]!.state = state;
  });

  it("a 403 (an account that may not clear) is refused plainly and recorded", async () => {
    const { incidents, incident } = await started("aggregate_profit", [alert("aggregate_profit", world.intervalEnd.profit)]);
    const asViewer: Workspace = { ...workspace, sources: workspace.sources.map((s) => (s.id === "af2" && s.kind === "airflow" ? { ...s, auth: { kind: "basic", username: "viewer", password_env: "VIEWER_PASSWORD" } } : s)) };
    const { outcome, incident: after } = await clearFailedTasks(incidents, await sceneFor("aggregate_profit", asViewer), deps, { incidentId: incident.id, by: "alex", dryRun: true });
    expect(outcome).toMatchObject({ outcome: "refused", detail: 'the Airflow account "viewer" of source af2 may not clear task instances of DAG aggregate_profit (403 Forbidden)', taskInstances: [] });
    expect(after.recoveries.at(-1)).toMatchObject({ dryRun: true, outcome: "refused", detail: outcome.detail, items: [] });
    expect(world.v1.dags.get("aggregate_profit")!.at(-1)!.state).toBe("failed");
  });

  it("other failures are plain and recorded too: 401, 404, a server error, a timeout", async () => {
    const { incidents, incident } = await started("aggregate_profit", [alert("aggregate_profit", world.intervalEnd.profit)]);
    const scene = await sceneFor("aggregate_profit");
    const clear = (s: RecoveryScene = scene, env: Record<string, string> = RECOVERY_ENV) => clearFailedTasks(incidents, s, { ...deps, env }, { incidentId: incident.id, by: "alex", dryRun: true });
    const what = `could not ask which failed tasks of run ${world.runs.profit} would be cleared`;

    expect((await clear(scene, { ...RECOVERY_ENV, AIRFLOW2_PASSWORD: "wrong" })).outcome).toMatchObject({ outcome: "failed", detail: `${what}: authentication failed for source af2 (HTTP 401: Unauthorized)` });
    world.v1.fault({ kind: "error", status: 500, title: "Internal Server Error", detail: "scheduler exploded" }, { path: "clearTaskInstances" });
    expect((await clear()).outcome).toMatchObject({ outcome: "failed", detail: `${what}: source af2 returned HTTP 500: Internal Server Error: scheduler exploded` });
    world.v1.fault({ kind: "delay", ms: 3000 }, { path: "clearTaskInstances" });
    expect((await clear()).outcome).toMatchObject({ outcome: "failed", detail: `${what}: source af2 did not answer within 2s` });
    // The run was deleted in Airflow after the last reading.
    const runs = world.v1.dags.get("aggregate_profit")!;
    const gone = runs.pop()!;
    try {
      expect((await clear()).outcome).toMatchObject({ outcome: "failed", detail: `${what}: source af2 returned HTTP 404: Dag Run id ${world.runs.profit} not found in dag aggregate_profit` });
    } finally {
      runs.push(gone);
    }
    expect((await incidents.get(incident.id)).recoveries.map((r) => r.outcome)).toEqual(["failed", "failed", "failed", "failed"]);
  });
});

describe("recovery on Airflow 3 (API v2)", () => {
  it("offers the run page; dry run and real clear go through the token session with the v2 body; mapped tasks are named with their index", async () => {
    const { incidents, incident } = await started("aggregate_growth", [alert("aggregate_growth", world.intervalEnd.growth)]);
    const scene = await sceneFor("aggregate_growth");
    expect(recoveryOptions(scene, incident).actions).toEqual([
      { kind: "open-airflow-run", label: "Open this run in Airflow", runId: world.runs.growth, url: `${world.v2.url}/dags/aggregate_growth/runs/${encodeURIComponent(world.runs.growth)}` },
      { kind: "clear-failed-tasks", label: "Clear the failed tasks of this run", runId: world.runs.growth, dagId: "aggregate_growth" },
    ]);
    const dry = await clearFailedTasks(incidents, scene, deps, { incidentId: incident.id, by: "alex", dryRun: true });
    expect(dry.outcome).toMatchObject({
      outcome: "succeeded",
      detail: "would clear 2 task instances (DAG aggregate_growth on source af3)",
      taskInstances: [
        { taskId: "load", mapIndex: 3, state: "failed" },
        { taskId: "publish", mapIndex: -1, state: "upstream_failed" },
      ],
    });
    expect(dry.incident.recoveries.at(-1)!.items).toEqual(["load[3]", "publish"]);
    const sent = clearsSent(world.v2.requests).at(-1)!;
    expect(sent).toMatchObject({ path: "/api/v2/dags/aggregate_growth/clearTaskInstances", headers: { authorization: expect.stringMatching(/^Bearer /) } });
    expect(sent.body).toEqual({ dry_run: true, only_failed: true, dag_run_id: world.runs.growth, reset_dag_runs: true });
    expect(airflowSpec("v2").checkRequest("POST", sent.path, sent.body)).toEqual([]);

    const real = await clearFailedTasks(incidents, scene, deps, { incidentId: incident.id, by: "alex", dryRun: false, runId: world.runs.growth });
    expect(real.outcome).toMatchObject({ outcome: "succeeded", detail: "cleared 2 task instances; Airflow queues the run again (DAG aggregate_growth on source af3)" });
    const reread = await read(workspace, "aggregate_growth");
    expect(reread.ok && reread.runs.find((r) => r.runId === world.runs.growth)).toMatchObject({ state: "queued", start: null, end: null });
    expect(real.incident.recoveries.map((r) => [r.dryRun, r.outcome])).toEqual([
      [true, "succeeded"],
      [false, "succeeded"],
    ]);
    Object.assign(world.v2.dags.get("aggregate_growth")!.at(-1)!, { state: "failed" });
    for (const t of world.v2.tasks.get("aggregate_growth")!.get(world.runs.growth)!) if (t.state === null) t.state = t.task_id === "load" ? "failed" : "upstream_failed";
  });

  it("a 403 for the viewer's token is refused plainly; a token Airflow cannot verify is not mistaken for it", async () => {
    const { incidents, incident } = await started("aggregate_growth", [alert("aggregate_growth", world.intervalEnd.growth)]);
    const asViewer: Workspace = { ...workspace, sources: workspace.sources.map((s) => (s.id === "af3" && s.kind === "airflow" ? { ...s, auth: { kind: "basic", username: "viewer", password_env: "VIEWER_PASSWORD" } } : s)) };
    const refused = await clearFailedTasks(incidents, await sceneFor("aggregate_growth", asViewer), deps, { incidentId: incident.id, by: "alex", dryRun: false, runId: world.runs.growth });
    expect(refused.outcome).toMatchObject({ outcome: "refused", detail: 'the Airflow account "viewer" of source af3 may not clear task instances of DAG aggregate_growth (403 Forbidden)' });
    expect(world.v2.dags.get("aggregate_growth")!.at(-1)!.state).toBe("failed");
    const forged: Workspace = { ...workspace, sources: workspace.sources.map((s) => (s.id === "af3" && s.kind === "airflow" ? { ...s, auth: { kind: "token", password_env: "FORGED" } } : s)) };
    const scene = { ...(await sceneFor("aggregate_growth")), workspace: forged };
    const failed = await clearFailedTasks(incidents, scene, { ...deps, env: { ...RECOVERY_ENV, FORGED: "not-a-jwt" } }, { incidentId: incident.id, by: "alex", dryRun: true });
    expect(failed.outcome).toMatchObject({ outcome: "failed", detail: `could not ask which failed tasks of run ${world.runs.growth} would be cleared: authentication failed for source af3 (HTTP 403: Invalid JWT token)` });
  });
});

describe("which run, and what is not offered", () => {
  it("Spark: the failed attempt of the alert's interval, opened in the History Server; no clear", async () => {
    const { incident } = await started("unit_profit", [alert("unit_profit", world.intervalEnd.unitProfit, "late")]);
    const options = recoveryOptions(await sceneFor("unit_profit"), incident);
    expect(options).toMatchObject({ source: { id: "spark", kind: "spark-history", api: null }, run: { runId: "application_1717_0042/1", state: "failed" }, notes: [] });
    expect(options.actions).toEqual([
      { kind: "open-spark-application", label: "Open the application in the History Server", appId: "application_1717_0042", url: `${world.spark.url}/history/application_1717_0042/1/` },
    ]);
  });

  it("says plainly when there is no run to act on, and refuses a clear without asking Airflow", async () => {
    const { incidents, incident } = await started("aggregate_profit", []);
    const scene = await sceneFor("aggregate_profit");
    const options = recoveryOptions(scene, incident);
    expect(options).toMatchObject({ run: null, actions: [], notes: [`incident ${incident.id} answers no alert about an interval of aggregate_profit, so there is no run to act on`] });
    const before = world.v1.requests.length;
    await expect(clearFailedTasks(incidents, scene, deps, { incidentId: incident.id, by: "alex", dryRun: true })).rejects.toThrow(
      new IncidentError("invalid", `there is nothing to clear for incident ${incident.id}: ${options.notes[0]}`),
    );
    expect(world.v1.requests.length).toBe(before);
    const tomorrow = new Date(Date.parse(world.intervalEnd.profit) + 86_400_000).toISOString();
    const notYet = await started("aggregate_profit", [alert("aggregate_profit", tomorrow, "late")]);
    expect(recoveryOptions(scene, notYet.incident).notes).toEqual([`no run of aggregate_profit for the interval ending 2026-03-11 06:00 UTC was in the last reading (2026-03-10 09:30 UTC): it has not started, so there is no run to act on`]);
    const demo = await started("daily_growth", [alert("daily_growth", world.intervalEnd.profit)]);
    expect(recoveryOptions(scene, demo.incident).notes).toEqual(["daily_growth reads source demo (demo), which offers no recovery actions"]);
  });

  it("refuses before asking Airflow: a resolved incident, an unknown engineer, a run that changed since the dry run", async () => {
    const { incidents, incident } = await started("aggregate_profit", [alert("aggregate_profit", world.intervalEnd.profit)]);
    const scene = await sceneFor("aggregate_profit");
    const before = world.v1.requests.length;
    await expect(clearFailedTasks(incidents, scene, deps, { incidentId: incident.id, by: "zed", dryRun: true })).rejects.toThrow('unknown engineer "zed"');
    await expect(clearFailedTasks(incidents, scene, deps, { incidentId: incident.id, by: "alex", dryRun: false, runId: "manual__2026-03-10T08:00:00+00:00" })).rejects.toThrow(
      `incident ${incident.id} now answers run ${world.runs.profit}, not manual__2026-03-10T08:00:00+00:00: look at the dry run again before clearing`,
    );
    await incidents.change(workspace, incident.id, { type: "resolved", at: NOW.toISOString(), by: "alex", summary: "fixed by hand", cause: "data-source", risks: [], followUps: [] });
    const resolved = await incidents.get(incident.id);
    expect(recoveryOptions(scene, resolved).notes).toEqual([`incident ${incident.id} is resolved: recovery actions are for incidents still open`]);
    await expect(clearFailedTasks(incidents, scene, deps, { incidentId: incident.id, by: "alex", dryRun: true })).rejects.toThrow(/a resolved incident cannot change/);
    expect(world.v1.requests.length).toBe(before);
  });
});
