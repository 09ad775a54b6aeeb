import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createAppServices } from "../../../main/app/app-services";
import { allowSourceLinks, workspaceSourceUrls } from "../../../main/app/external-links";
import { createHandlers, forwardEvents, type HandlerServices } from "../../../main/app/handlers";
import { EMBEDDED_WORKSPACE_DIR } from "../../../main/services/workspace/load-workspace";
import { createFakeClock } from "../../fakes/fake-clock";
import { RECOVERY_ENV, startRecoveryWorld, type RecoveryWorld } from "../recovery/recovery-world";
import { trustedCaller } from "./trusted-call";

const AT = new Date("2026-03-10T09:30:00Z");
let world: RecoveryWorld;
const running: HandlerServices[] = [];

beforeAll(async () => {
  world = await startRecoveryWorld(AT);
});

afterAll(async () => {
  await world.close();
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.desk.stop()));
});

/** The app's services on a workspace reading the fakes, as Alex, after the first poll of every source. */
async function desk(workspaceDir = world.workspaceDir) {
  const stateDir = await mkdtemp(path.join(tmpdir(), "ocd-recovery-app-"));
  const services = createAppServices({
    name: "oncall-desk",
    version: "0.0.0-test",
    workspaceOverride: workspaceDir,
    embeddedWorkspaceDir: EMBEDDED_WORKSPACE_DIR,
    clock: createFakeClock(AT),
    stateDirFor: () => stateDir,
    env: RECOVERY_ENV,
    onProblem: () => undefined,
  });
  running.push(services);
  services.settings.update({ identity: { kind: "engineer", engineer: "alex" } });
  const call = trustedCaller(createHandlers(services));
  const emit = vi.fn();
  forwardEvents(services, emit);
  await services.desk.current();
  await call("sources:poll-now", {});
  /** An incident started from the pipeline's failed alert. */
  const incidentOn = async (pipelineId: string) => {
    const alert = (await call("status:get", {}))!.alerts.find((a) => a.pipelineId === pipelineId && a.kind === "failed");
    if (!alert) throw new Error(`no failed alert for ${pipelineId}`);
    return call("incidents:start", { alertId: alert.id });
  };
  return { services, call, emit, incidentOn };
}

describe("recovery channels", () => {
  it("recovery:list offers the incident's run, with URLs the window may open; preview and clear act on it and record both", async () => {
    const { services, call, emit, incidentOn } = await desk();
    const { id } = await incidentOn("aggregate_profit");
    const options = await call("recovery:list", { incidentId: id });
    expect(options).toMatchObject({ pipelineId: "aggregate_profit", source: { id: "af2", api: "v1" }, run: { runId: world.runs.profit, state: "failed", intervalEnd: world.intervalEnd.profit }, notes: [] });
    expect(options.actions.map((a) => a.kind)).toEqual(["open-airflow-run", "clear-failed-tasks"]);
    // The fakes are http on 127.0.0.1: the link policy lets exactly these origins through.
    const allow = allowSourceLinks(() => workspaceSourceUrls(services.workspace.latest()));
    const open = options.actions.find((a) => a.kind === "open-airflow-run")!;
    expect("url" in open && allow(open.url)).toBe(true);
    expect(allow("http://127.0.0.1:1/dags/aggregate_profit/grid")).toBe(false);

    const preview = await call("recovery:preview-clear", { incidentId: id });
    expect(preview.outcome).toMatchObject({ dryRun: true, outcome: "succeeded", runId: world.runs.profit, taskInstances: [{ taskId: "load_finance" }, { taskId: "aggregate" }] });
    expect(preview.incident.timeline.at(-1)).toMatchObject({ kind: "recovery", by: "alex", text: expect.stringContaining("dry run of clear-failed-tasks") });
    expect(emit).toHaveBeenCalledWith("incidents:changed", { incidentId: id });

    const done = await call("recovery:clear", { incidentId: id, runId: preview.outcome.runId });
    expect(done.outcome).toMatchObject({ dryRun: false, outcome: "succeeded", detail: "cleared 2 task instances; Airflow queues the run again (DAG aggregate_profit on source af2)" });
    expect(done.incident.recoveries.map((r) => [r.dryRun, r.outcome])).toEqual([
      [true, "succeeded"],
      [false, "succeeded"],
    ]);
    // Main reads the source again at once: the run is queued, so there is nothing left to clear.
    await call("sources:poll-now", { sourceId: "af2" });
    const after = await call("recovery:list", { incidentId: id });
    expect(after.run).toMatchObject({ runId: world.runs.profit, state: "queued" });
    expect(after.actions.map((a) => a.kind)).toEqual(["open-airflow-run"]);
    expect(world.v1.requests.filter((r) => r.path.endsWith("/clearTaskInstances")).map((r) => (r.body as { dry_run: boolean }).dry_run)).toEqual([true, false]);
  });

  it("a 403 (a viewer on Airflow 3) comes back as a refused outcome, not an error, and is on the timeline", async () => {
    const { call, incidentOn } = await desk(await world.viewerWorkspace());
    const { id } = await incidentOn("aggregate_growth");
    const refused = await call("recovery:preview-clear", { incidentId: id });
    expect(refused.outcome).toMatchObject({ outcome: "refused", detail: 'the Airflow account "viewer" of source af3 may not clear task instances of DAG aggregate_growth (403 Forbidden)' });
    expect(refused.incident.timeline.at(-1)?.text).toBe(`dry run of clear-failed-tasks on ${world.runs.growth}: refused — ${refused.outcome.detail}`);
  });

  it("validates payloads and refuses a clear of a run other than the one previewed", async () => {
    const { call, incidentOn } = await desk();
    const { id } = await incidentOn("aggregate_growth");
    const clears = () => world.v2.requests.filter((r) => r.path.endsWith("/clearTaskInstances")).length;
    const before = clears();
    await expect(call("recovery:clear", { incidentId: id })).rejects.toThrow(/invalid request/);
    await expect(call("recovery:clear", { incidentId: id, runId: "" })).rejects.toThrow(/invalid request/);
    await expect(call("recovery:list", { incidentId: "../../etc/passwd" })).rejects.toThrow(/invalid request/);
    await expect(call("recovery:clear", { incidentId: id, runId: "manual__other" })).rejects.toThrow(`incident ${id} now answers run ${world.runs.growth}, not manual__other`);
    await expect(call("recovery:preview-clear", { incidentId: id, as: "zed" })).rejects.toThrow('unknown engineer "zed"');
    expect(clears()).toBe(before);
  });
});
