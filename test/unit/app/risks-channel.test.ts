import { rm } from "node:fs/promises";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createAppServices } from "../../../main/app/app-services";
import { createHandlers, type HandlerServices } from "../../../main/app/handlers";
import { guardedCall } from "../../../main/app/ipc-guard";
import { EMBEDDED_WORKSPACE_DIR } from "../../../main/services/workspace/load-workspace";
import type { InvokeChannel, InvokeMap } from "../../../shared/ipc/contract";
import { createFakeClock, type FakeClock } from "../../fakes/fake-clock";
import { embeddedFiles, writeWorkspace } from "../../fakes/workspace-files";

const AT = new Date("2026-03-10T15:00:00Z"); // 11:00 in New York, two days after the DST change
const running: HandlerServices[] = [];
let unreachable: string;
let broken: string;

beforeAll(async () => {
  const files = await embeddedFiles();
  // Aggregate Profit read from an Airflow nobody answers at: its source cannot be read.
  const yaml = files
    .workspaceYaml!.replace("- { id: demo, kind: demo }", '- { id: demo, kind: demo }\n  - { id: prod, kind: airflow, url: "http://127.0.0.1:1", api: v1, poll: 1m, timeout: 2s }')
    .replace("source: { id: demo, dag_id: aggregate_profit }", "source: { id: prod, dag_id: aggregate_profit }");
  unreachable = await writeWorkspace({ ...files, workspaceYaml: yaml });
  broken = await writeWorkspace({ ...files, workspaceYaml: files.workspaceYaml!.replace("timezone: America/New_York", "timezone: Mars/Olympus") });
});

afterAll(async () => {
  await Promise.all([unreachable, broken].map((d) => rm(d, { recursive: true, force: true })));
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.desk.stop()));
});

function desk(workspaceDir: string, clock: FakeClock = createFakeClock(AT)) {
  const services = createAppServices({ name: "oncall-desk", version: "0.0.0-test", workspaceOverride: workspaceDir, embeddedWorkspaceDir: EMBEDDED_WORKSPACE_DIR, clock, onProblem: () => undefined });
  running.push(services);
  const handlers = createHandlers(services);
  const call = <K extends InvokeChannel>(channel: K, payload: InvokeMap[K]["request"] | unknown) =>
    guardedCall(handlers, channel, payload, { ownWindow: true, frameUrl: "app://oncall-desk/index.html" }, () => true) as Promise<InvokeMap[K]["response"]>;
  return { services, clock, call };
}

describe("risks:get", () => {
  it("gives the register, heat map, runbooks and signals at main's now, with the running desk's status", async () => {
    const { services, clock, call } = desk(EMBEDDED_WORKSPACE_DIR);
    await services.desk.current();
    await clock.flush();
    const view = await call("risks:get", {});
    expect(view).toMatchObject({ at: "2026-03-10T11:00:00-04:00", zone: "America/New_York", withStatus: true });
    expect(view!.risks.map((r) => r.id)).toHaveLength(9);
    expect(view!.heatMap).toHaveLength(25);
    expect(Object.keys(view!.runbooks).sort()).toEqual(["aggregate_engagement", "aggregate_growth", "aggregate_profit", "daily_growth", "unit_profit"]);
    expect(view!.runbooks.unit_profit!.changed).toMatchObject({ from: expect.stringMatching(/^(git|mtime)$/) });
    // The demo history misses deadlines: the 7-day SLA signals come from the desk's own KPIs.
    const kpis = await call("kpis:get", { days: 7 });
    const under = Object.entries(kpis!.pipelines).filter(([, set]) => set.slaCompliance.met === false || set.uptime.met === false).map(([id]) => id);
    expect(under.length).toBeGreaterThan(0);
    expect(view!.signals.filter((s) => s.kind === "sla-below-target").map((s) => s.pipelines[0])).toEqual(under);
  });

  it("signals a source unreadable for more than 10 minutes, on the risks it bears on", async () => {
    const { services, clock, call } = desk(unreachable);
    await services.desk.current();
    await call("sources:poll-now", { sourceId: "prod" });
    expect((await call("risks:get", {}))!.signals.filter((s) => s.kind === "source-down")).toEqual([]);
    await clock.advance(11 * 60_000);
    await call("sources:poll-now", { sourceId: "prod" });
    const view = (await call("risks:get", {}))!;
    const [down, ...others] = view.signals.filter((s) => s.kind === "source-down");
    expect(others).toEqual([]);
    expect(down).toMatchObject({ source: "prod", pipelines: ["aggregate_profit"], from: "2026-03-10T11:00:00-04:00", until: null });
    expect(down!.text).toMatch(/^Source prod has been unreadable for 11m, since 11:00 EDT: .*Aggregate Profit cannot be verified\.$/);
    expect(view.risks.find((r) => r.id === "data-source-failures")!.signals.map((s) => s.kind)).toContain("source-down");
    expect(view.risks.find((r) => r.id === "team-availability")!.signals.map((s) => s.kind)).not.toContain("source-down");
  });

  it("is null while the workspace is invalid, and takes no parameters", async () => {
    expect(await desk(broken).call("risks:get", {})).toBeNull();
    await expect(desk(EMBEDDED_WORKSPACE_DIR).call("risks:get", { at: "2026-03-10T00:00:00Z" })).rejects.toThrow();
  });
});
