/**
 * Run types, retries, pause and drift read from the fake Airflow servers (v1 and v2, both checked
 * against Airflow's specs) and evaluated by the SLA engine, as the status command would.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PipelineReading } from "../../../shared/domain/runs";
import type { SourceConfig } from "../../../shared/domain/workspace-schema";
import { evaluatePipeline } from "../../../shared/domain/sla/evaluate-pipeline";
import { createSource } from "../../../main/services/sources/create-source";
import { startFakeAirflowV1, v1BackfillRun, v1Dag, v1ManualRun, v1Run, type FakeAirflowV1, type V1DagRun } from "../../fakes/fake-airflow-v1";
import { startFakeAirflowV2, v2BackfillRun, v2Dag, v2ManualRun, v2Run, type FakeAirflowV2, type V2DagRun } from "../../fakes/fake-airflow-v2";
import { makePipeline } from "../../fakes/make-pipeline";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (hhmm: string, day = "2024-06-03") => new Date(`${day}T${hhmm}:00Z`);
const TODAY = at("06:00");

type State = V1DagRun["state"];
/** One API's way of writing the same history. */
interface Api {
  name: "v1" | "v2";
  start(): Promise<FakeAirflowV1 | FakeAirflowV2>;
  config(url: string): SourceConfig;
  scheduled(tick: Date, state: State, start: Date | null, end: Date | null): V1DagRun | V2DagRun;
  manual(triggeredAt: Date, tick: Date, state: State, start: Date | null, end: Date | null): V1DagRun | V2DagRun;
  backfill(tick: Date, state: State, start: Date | null, end: Date | null): V1DagRun | V2DagRun;
  dag(options: { paused?: boolean; schedule?: string | null }): unknown;
}

const before = (tick: Date) => new Date(tick.getTime() - DAY);
const APIS: Api[] = [
  {
    name: "v1",
    start: () => startFakeAirflowV1(),
    config: (url) => ({ id: "af", kind: "airflow", api: "v1", url }),
    scheduled: (tick, ...rest) => v1Run("agg", before(tick), tick, ...rest),
    manual: (triggeredAt, tick, ...rest) => v1ManualRun("agg", triggeredAt, [before(tick), tick], ...rest),
    backfill: (tick, ...rest) => v1BackfillRun("agg", before(tick), tick, ...rest),
    dag: (options) => v1Dag("agg", options),
  },
  {
    name: "v2",
    start: () => startFakeAirflowV2({ username: "u", password: "p" }),
    config: (url) => ({ id: "af", kind: "airflow", api: "v2", url, auth: { kind: "basic", username: "u", password_env: "PW" } }),
    scheduled: (tick, ...rest) => v2Run("agg", tick, ...rest),
    // Airflow 3: no logical date and no data interval; only run_after, the trigger time.
    manual: (triggeredAt, _tick, ...rest) => v2ManualRun("agg", triggeredAt, ...rest),
    backfill: (tick, ...rest) => v2BackfillRun("agg", tick, ...rest),
    dag: (options) => v2Dag("agg", options),
  },
];

const pipeline = makePipeline("agg", { id: "af", dag_id: "agg" }); // daily 06:00, SLA 2h

describe.each(APIS)("airflow $name: run types read and judged", (api) => {
  let fake: FakeAirflowV1 | FakeAirflowV2;
  beforeAll(async () => {
    fake = await api.start();
  });
  afterAll(() => fake.close());

  /** Ten good days, then today's runs; the DAG as `dag` says. */
  function plant(today: (V1DagRun | V2DagRun)[], dag: { paused?: boolean; schedule?: string | null } = {}): void {
    const days = Array.from({ length: 10 }, (_, i) => {
      const tick = new Date(TODAY.getTime() - (i + 1) * DAY);
      return api.scheduled(tick, "success", new Date(tick.getTime() + 5 * 60_000), new Date(tick.getTime() + 25 * 60_000));
    });
    (fake.dags as Map<string, unknown[]>).set("agg", [...days, ...today]);
    (fake.dagInfo as Map<string, unknown>).set("agg", api.dag(dag));
  }

  async function judge(now: Date) {
    const [reading] = await createSource(api.config(fake.url), { env: { PW: "p" } }).read([pipeline], { now, signal: new AbortController().signal });
    return { reading: reading as Extract<PipelineReading, { ok: true }>, status: evaluatePipeline(pipeline, reading, { now, staleAfterMs: 60_000 }) };
  }

  it("a manual retry of a failed interval: placed on that interval, running, then delivering it", async () => {
    const failed = api.scheduled(TODAY, "failed", at("06:05"), at("06:20"));
    plant([failed, api.manual(at("06:40"), TODAY, "running", at("06:40"), null)]);
    const running = await judge(at("06:52"));
    const retry = running.reading.runs.find((r) => r.runType === "manual")!;
    expect(retry).toMatchObject({ intervalEnd: "2024-06-03T06:00:00.000Z", state: "running" });
    expect(running.status.state).toBe("running");
    expect(running.status.reason).toBe(`manual run ${retry.runId}, retrying the 06:00 UTC interval, running 12m; deadline 08:00 UTC`);

    plant([failed, api.manual(at("06:40"), TODAY, "success", at("06:40"), at("07:05"))]);
    const done = await judge(at("07:10"));
    expect(done.status.state).toBe("healthy");
    expect(done.status.reason).toContain(`06:00 UTC interval delivered by manual run ${retry.runId} at 07:05 UTC`);
  });

  it("a failure with no retry is failed, naming the run and its interval", async () => {
    plant([api.scheduled(TODAY, "failed", at("06:05"), at("06:20"))]);
    const { status, reading } = await judge(at("06:30"));
    expect(status.state).toBe("failed");
    expect(status.reason).toBe(`run ${reading.runs[0]!.runId} (06:00 UTC interval) failed at 06:20 UTC; no later attempt of it is running or succeeded`);
  });

  it("a backfill failing on an old interval while today's is delivered stays healthy", async () => {
    const old = new Date(TODAY.getTime() - 20 * DAY);
    plant([api.scheduled(TODAY, "success", at("06:05"), at("06:25")), api.backfill(old, "failed", at("09:00"), at("09:05"))]);
    const { status, reading } = await judge(at("09:10"));
    expect(reading.runs.find((r) => r.runType === "backfill")).toMatchObject({ intervalEnd: old.toISOString(), state: "failed" });
    expect(status.state).toBe("healthy");
    expect(status.conditions).toEqual([]);
  });

  it("a paused DAG on another schedule: the reason says paused, the warnings say paused and drift", async () => {
    plant([], { paused: true, schedule: "0 7 * * *" });
    const { status } = await judge(at("12:00"));
    expect(status.state).toBe("late");
    expect(status.reason).toBe("DAG agg is paused in Airflow; 06:00 UTC interval missed its 08:00 UTC deadline by 4h; no run yet");
    expect(status.warnings.map((w) => w.kind)).toEqual(["paused", "schedule-drift"]);
    expect(status.warnings[1]!.text).toBe('Airflow runs DAG agg on "0 7 * * *" (Cron "0 7 * * *"), but the workspace expects "0 6 * * *"');
  });
});

describe("airflow v1: a read cut short by the page cap", () => {
  let fake: FakeAirflowV1;
  beforeAll(async () => {
    // Ten runs a page: the 50-page cap stops an hourly DAG's month of runs after 500.
    fake = await startFakeAirflowV1({ maxPageLimit: 10 });
    const hourly: V1DagRun[] = [];
    for (let h = 0; h < 31 * 24; h += 1) {
      const end = new Date(at("12:00").getTime() - h * HOUR);
      hourly.push(v1Run("clicks", new Date(end.getTime() - HOUR), end, "success", end, new Date(end.getTime() + 600_000)));
    }
    fake.dags.set("clicks", hourly);
    fake.dagInfo.set("clicks", v1Dag("clicks", { schedule: "0 * * * *" }));
  });
  afterAll(() => fake.close());

  it("is marked incomplete from the oldest run read, and the status stands with a warning", async () => {
    const clicks = makePipeline("clicks", { id: "af", dag_id: "clicks" }, "0 * * * *");
    const now = at("12:30");
    const [reading] = await createSource({ id: "af", kind: "airflow", api: "v1", url: fake.url }, { env: {} }).read([clicks], { now, signal: new AbortController().signal });
    if (!reading?.ok) throw new Error(JSON.stringify(reading));
    expect(reading.runs).toHaveLength(500);
    // Newest first by execution date (interval start): the 500th is 499 hours before 06-03 11:00. 743 runs start after the cutoff.
    expect(reading.coverage).toEqual({ from: "2024-05-13T16:00:00.000Z", complete: false, note: "the read stopped at the cap of 50 pages (500 of 743 runs)" });
    const status = evaluatePipeline(clicks, reading, { now, staleAfterMs: 60_000 });
    expect(status.state).toBe("healthy");
    expect(status.warnings).toEqual([{ kind: "incomplete-read", text: "history read completely only back to May 13 16:00 UTC: the read stopped at the cap of 50 pages (500 of 743 runs)" }]);
  });
});
