import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../../main/cli";
import { createAlertBook } from "../../../main/services/alerts/alert-book";
import { confStore } from "../../../main/services/alerts/conf-store";
import { capturedIo } from "../../fakes/captured-io";
import { createFakeClock } from "../../fakes/fake-clock";
import { RECOVERY_ENV, startRecoveryWorld, type RecoveryWorld } from "../recovery/recovery-world";

let world: RecoveryWorld;

beforeAll(async () => {
  // The CLI runs on the system clock: the fakes' runs are on today's intervals.
  world = await startRecoveryWorld(new Date());
});

afterAll(async () => {
  await world.close();
});

async function cli(state: string, args: string[], workspace = world.workspaceDir) {
  const io = capturedIo({ ...RECOVERY_ENV, OCD_AS: "alex" });
  const code = await runCli([...args, "--state", state, "--workspace", workspace], io);
  return { code, out: io.stdout(), err: io.stderr() };
}

/** A state folder whose alert book holds the pipeline's failed alert for the fakes' failed interval, and an incident started from it. */
async function incidentOn(pipelineId: "aggregate_profit" | "aggregate_growth", workspace = world.workspaceDir): Promise<{ state: string; id: string }> {
  const state = await mkdtemp(path.join(tmpdir(), "ocd-cli-recover-"));
  const intervalEnd = pipelineId === "aggregate_profit" ? world.intervalEnd.profit : world.intervalEnd.growth;
  const book = createAlertBook({ store: confStore({ cwd: state }), clock: createFakeClock(new Date(Date.now() - 60_000)) });
  const conditions = [{ kind: "failed" as const, intervalEnd, reason: "the run failed" }];
  book.sync([{ pipelineId, state: "failed", reason: "failed", deadline: null, lastRun: null, verified: true, newestSuccess: null, warnings: [], conditions, changesAt: null }]);
  const started = await cli(state, ["incident", "start", pipelineId, "--json"], workspace);
  if (started.code !== 0) throw new Error(started.err);
  return { state, id: JSON.parse(started.out).id };
}

describe("oncall-desk incident recover", () => {
  it("prints the run's link and the dry run of clearing its failed tasks, recorded on the timeline; nothing is cleared", async () => {
    const { state, id } = await incidentOn("aggregate_profit");
    const { code, out, err } = await cli(state, ["incident", "recover", id]);
    expect({ code, err }).toEqual({ code: 0, err: "" });
    expect(out).toContain(`Incident ${id} — aggregate_profit, run ${world.runs.profit} (failed, interval ending `);
    expect(out).toContain(`  Open this run in Airflow: ${world.v1.url}/dags/aggregate_profit/grid?dag_run_id=${encodeURIComponent(world.runs.profit)}\n`);
    expect(out).toContain("Dry run of clearing the failed tasks: succeeded — would clear 2 task instances (DAG aggregate_profit on source af2)\n  load_finance\n  aggregate\n");
    expect(out).toContain(`To clear them: oncall-desk incident recover ${id} --clear --yes\n`);
    expect(world.v1.dags.get("aggregate_profit")!.at(-1)!.state).toBe("failed");
    const show = JSON.parse((await cli(state, ["incident", "show", id, "--json"])).out);
    expect(show.recoveries).toEqual([expect.objectContaining({ by: "alex", action: "clear-failed-tasks", target: world.runs.profit, dryRun: true, outcome: "succeeded", items: ["load_finance", "aggregate"] })]);
  });

  it("--clear needs --yes; --clear --yes --json clears for real on Airflow 3 and the run is queued again", async () => {
    const { state, id } = await incidentOn("aggregate_growth");
    const unconfirmed = await cli(state, ["incident", "recover", id, "--clear"]);
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.err.split("\n")[0]).toBe("oncall-desk incident recover: --clear clears the failed tasks in Airflow for real: confirm with --yes (without --clear the command shows what would be cleared)");
    const { code, out } = await cli(state, ["incident", "recover", id, "--clear", "--yes", "--json"]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json).toMatchObject({ incidentId: id, pipelineId: "aggregate_growth", source: { id: "af3", kind: "airflow", api: "v2" }, run: { runId: world.runs.growth, state: "failed" }, notes: [] });
    expect(json.actions.map((a: { kind: string }) => a.kind)).toEqual(["open-airflow-run", "clear-failed-tasks"]);
    expect(json.clear).toMatchObject({ dryRun: false, outcome: "succeeded", taskInstances: [{ taskId: "load", mapIndex: 3 }, { taskId: "publish" }] });
    expect(world.v2.dags.get("aggregate_growth")!.at(-1)!.state).toBe("queued");
    // Read again: the run is no longer failed, so nothing is cleared and the reason is given.
    const again = await cli(state, ["incident", "recover", id]);
    expect(again.code).toBe(0);
    expect(again.out).toContain(`  run ${world.runs.growth} is queued, not failed: there are no failed tasks to clear\n`);
    expect(again.out).not.toContain("Dry run");
  });

  it("a 403 is one plain line and exit 1, and recorded; no run to act on is said plainly with exit 1", async () => {
    const viewer = await world.viewerWorkspace();
    const { state, id } = await incidentOn("aggregate_profit", viewer);
    const refused = await cli(state, ["incident", "recover", id], viewer);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('Dry run of clearing the failed tasks: refused — the Airflow account "viewer" of source af2 may not clear task instances of DAG aggregate_profit (403 Forbidden)\n');
    expect(JSON.parse((await cli(state, ["incident", "show", id, "--json"], viewer)).out).recoveries).toEqual([expect.objectContaining({ outcome: "refused", dryRun: true })]);

    const none = await cli(state, ["incident", "start", "aggregate_engagement", "--json"]);
    const noRun = await cli(state, ["incident", "recover", JSON.parse(none.out).id]);
    expect(noRun.code).toBe(1);
    expect(noRun.out).toContain("aggregate_engagement reads source demo (demo), which offers no recovery actions");
    const fresh = await mkdtemp(path.join(tmpdir(), "ocd-cli-recover-"));
    const withoutAlert = await cli(fresh, ["incident", "start", "aggregate_profit", "--json"]);
    const withoutAlertId = JSON.parse(withoutAlert.out).id;
    const noInterval = await cli(fresh, ["incident", "recover", withoutAlertId]);
    expect(noInterval.code).toBe(1);
    expect(noInterval.out).toContain(`  incident ${withoutAlertId} answers no alert about an interval of aggregate_profit, so there is no run to act on\n`);
    const unknown = await cli(state, ["incident", "recover", "01ARZ3NDEKTSV4RRFFQ69G5FAV"]);
    expect(unknown).toMatchObject({ code: 2, err: 'oncall-desk incident recover: unknown incident "01ARZ3NDEKTSV4RRFFQ69G5FAV"\n' });
  });
});
