import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runCli } from "../../../main/cli";
import { capturedIo } from "../../fakes/captured-io";
import { startFakeAirflowV1, v1Dag, v1Run, type FakeAirflowV1 } from "../../fakes/fake-airflow-v1";
import { embeddedFiles, writeWorkspace } from "../../fakes/workspace-files";

const AT = "2026-03-08T07:30:00Z"; // the US DST day
const stateDir = () => mkdtempSync(path.join(tmpdir(), "ocd-state-"));

describe("oncall-desk status on the demo source", () => {
  it("--json: the documented shape, a late and an at-risk pipeline, exit 2", async () => {
    const io = capturedIo();
    expect(await runCli(["status", "--at", AT, "--json"], io)).toBe(2);
    const doc = JSON.parse(io.stdout());
    expect(doc.at).toBe("2026-03-08T07:30:00.000Z");
    expect(doc.pipelines).toHaveLength(5);
    for (const p of doc.pipelines) expect(Object.keys(p).sort()).toEqual(["deadline", "demo", "id", "lastRun", "reason", "source", "state", "warnings"]);
    expect(doc.pipelines.every((p: { warnings: unknown }) => Array.isArray(p.warnings))).toBe(true);
    const states = doc.pipelines.map((p: { state: string }) => p.state);
    expect(states).toContain("late");
    expect(states).toContain("at-risk");
    expect(doc.pipelines.every((p: { demo: boolean; source: string }) => p.demo && p.source === "demo")).toBe(true);
    expect(doc.alerts.map((a: { kind: string }) => a.kind)).toContain("late");
    expect(io.stderr()).toBe("");
  });

  it("prints states, deadlines, last runs, the demo label and open alerts", async () => {
    const io = capturedIo();
    expect(await runCli(["status", "--once", "--at", AT], io)).toBe(2);
    const out = io.stdout();
    expect(out).toMatch(/^\s+late\s+aggregate_profit\s+deadline 2026-03-07 03:00 EST\s+last run running since 2026-03-07 01:04 EST\s+\[demo\]$/m);
    expect(out).toContain("demo data is simulated");
    expect(out).toMatch(/Open alerts \(\d+\):/);
  });

  it("keeps alerts in a conf file under --state and does not duplicate them on the next run", async () => {
    const dir = stateDir();
    const first = capturedIo();
    expect(await runCli(["status", "--json", "--state", dir], first)).toBe(2);
    const file = path.join(dir, "alerts.json");
    const stored = JSON.parse(readFileSync(file, "utf8")).alerts as { id: string }[];
    expect(stored.length).toBeGreaterThan(0);
    const second = capturedIo();
    await runCli(["status", "--json", "--state", dir], second);
    const again = JSON.parse(readFileSync(file, "utf8")).alerts as { id: string }[];
    expect(new Set(again.map((a) => a.id)).size).toBe(again.length);
    for (const a of stored) expect(again.map((x) => x.id)).toContain(a.id);
  });

  it("--at keeps alerts in memory: a hypothetical instant never touches the state folder", async () => {
    const dir = stateDir();
    await runCli(["status", "--at", AT, "--state", dir], capturedIo());
    expect(existsSync(path.join(dir, "alerts.json"))).toBe(false);
  });

  it("rejects contradictory or malformed flags with exit 2", async () => {
    for (const args of [["--once", "--watch"], ["--watch", "--at", AT], ["--at", "yesterday-ish"], ["--bogus"]]) {
      const io = capturedIo();
      expect(await runCli(["status", ...args], io), args.join(" ")).toBe(2);
      expect(io.stderr()).toContain("Usage: oncall-desk status");
    }
  });

  it("--watch prints the first snapshot, then stops on its abort signal with the exit code and no signal handler left", async () => {
    const handlers = () => [process.listenerCount("SIGINT"), process.listenerCount("SIGTERM")];
    const before = handlers();
    const controller = new AbortController();
    const io = { ...capturedIo(), signal: controller.signal };
    const watching = runCli(["status", "--watch", "--json", "--state", stateDir()], io);
    // Each snapshot is one pretty-printed document; the first ends at the first closing brace of a line.
    await vi.waitFor(() => expect(io.stdout()).toContain("\n}\n"), { timeout: 15_000, interval: 20 });
    expect(handlers()).toEqual(before.map((n) => n + 1));
    controller.abort();
    expect(await watching).toBe(2);
    expect(handlers()).toEqual(before);
    const first = JSON.parse(io.stdout().slice(0, io.stdout().indexOf("\n}\n") + 2));
    expect(first.pipelines).toHaveLength(5);
    expect(first.pipelines.map((p: { state: string }) => p.state)).toContain("late");
    expect(io.stderr()).toBe("");
  });

  it("exits 1 with FILE:LINE:COL problems for an invalid workspace", async () => {
    const files = await embeddedFiles();
    const dir = await writeWorkspace({ ...files, workspaceYaml: files.workspaceYaml!.replace("sla: 2h", "sla: soon") });
    const io = capturedIo();
    expect(await runCli(["status", "--workspace", dir, "--at", AT], io)).toBe(1);
    expect(io.stdout()).toMatch(/workspace\.yaml:\d+:\d+: pipelines\[\d\]\.sla: invalid duration/);
    expect(io.stderr()).toMatch(/1 problem in /);
  });
});

describe("oncall-desk status against a fake Airflow 2 server", () => {
  let airflow: FakeAirflowV1;
  let dir: string;
  beforeAll(async () => {
    airflow = await startFakeAirflowV1({ credentials: { username: "oncall", password: "s3cret" } });
    const at = (d: number, h: number, m = 0) => new Date(Date.UTC(2026, 2, d, h, m));
    // aggregate_profit: daily 06:00, SLA 2h. Mar 9 met; Mar 10 running since 06:05 and, at 09:00, late.
    airflow.dags.set("aggregate_profit", [
      v1Run("aggregate_profit", at(8, 6), at(9, 6), "success", at(9, 6, 5), at(9, 6, 50)),
      v1Run("aggregate_profit", at(9, 6), at(10, 6), "running", at(10, 6, 5), null),
    ]);
    const files = await embeddedFiles();
    const yaml = files.workspaceYaml!
      .replace("- { id: demo, kind: demo }", `- { id: prod, kind: airflow, url: "${airflow.url}", api: v1, auth: { kind: basic, username: oncall, password_env: AIRFLOW_PASSWORD } }`)
      .replaceAll("source: { id: demo,", "source: { id: prod,");
    dir = await writeWorkspace({ ...files, workspaceYaml: yaml });
  });
  afterAll(() => airflow.close());

  it("reads runs over HTTP: late wins over unknown DAGs (exit 2)", async () => {
    const io = capturedIo({ AIRFLOW_PASSWORD: "s3cret" });
    expect(await runCli(["status", "--workspace", dir, "--at", "2026-03-10T09:00:00Z", "--json"], io)).toBe(2);
    const doc = JSON.parse(io.stdout());
    const byId = Object.fromEntries(doc.pipelines.map((p: { id: string }) => [p.id, p]));
    expect(byId.aggregate_profit).toMatchObject({ state: "late", deadline: "2026-03-10T08:00:00.000Z", source: "prod", demo: false, lastRun: { state: "running" } });
    // DAGs the server does not know: never healthy.
    expect(byId.unit_profit.state).toBe("unknown");
  });

  it("--json carries each pipeline's warnings (a paused DAG on another schedule); the text form prints them under the reason", async () => {
    airflow.dagInfo.set("aggregate_profit", v1Dag("aggregate_profit", { paused: true, schedule: "0 7 * * *" }));
    try {
      const io = capturedIo({ AIRFLOW_PASSWORD: "s3cret" });
      expect(await runCli(["status", "--workspace", dir, "--at", "2026-03-10T09:00:00Z", "--json"], io)).toBe(2);
      const profit = JSON.parse(io.stdout()).pipelines.find((p: { id: string }) => p.id === "aggregate_profit");
      expect(profit.reason).toMatch(/^DAG aggregate_profit is paused in Airflow; 02:00 EDT interval missed its 04:00 EDT deadline by 1h; run scheduled__2026-03-09T06:00:00\+00:00 running since 02:05 EDT$/);
      expect(profit.warnings).toEqual([
        { kind: "paused", text: "DAG aggregate_profit is paused in Airflow: the scheduler starts no new runs" },
        { kind: "schedule-drift", text: 'Airflow runs DAG aggregate_profit on "0 7 * * *" (Cron "0 7 * * *"), but the workspace expects "0 6 * * *"' },
      ]);
      const text = capturedIo({ AIRFLOW_PASSWORD: "s3cret" });
      await runCli(["status", "--workspace", dir, "--at", "2026-03-10T09:00:00Z"], text);
      expect(text.stdout()).toMatch(/^\s+warning \(schedule-drift\): Airflow runs DAG aggregate_profit on "0 7 \* \* \*"/m);
    } finally {
      airflow.dagInfo.delete("aggregate_profit");
    }
  });

  it("exits 3 when nothing can be verified (bad credentials)", async () => {
    const io = capturedIo({ AIRFLOW_PASSWORD: "wrong" });
    expect(await runCli(["status", "--workspace", dir, "--at", "2026-03-10T09:00:00Z", "--json"], io)).toBe(3);
    const doc = JSON.parse(io.stdout());
    expect(doc.pipelines.every((p: { state: string }) => p.state === "unknown")).toBe(true);
    expect(doc.pipelines[0].reason).toMatch(/auth/i);
  });
});
