import { rm } from "node:fs/promises";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createAppServices } from "../../../main/app/app-services";
import { createHandlers, forwardEvents, type HandlerServices } from "../../../main/app/handlers";
import { guardedCall } from "../../../main/app/ipc-guard";
import { safeStorageSecrets } from "../../../main/app/safe-storage-secrets";
import { memoryStore } from "../../../main/services/alerts/key-value-store";
import type { InvokeChannel, InvokeMap } from "../../../shared/ipc/contract";
import { startFakeAirflowV1, v1Run, type FakeAirflowV1 } from "../../fakes/fake-airflow-v1";
import { createFakeClock } from "../../fakes/fake-clock";
import { fakeSafeStorage } from "../../fakes/fake-safe-storage";
import { embeddedFiles, writeWorkspace } from "../../fakes/workspace-files";

const AT = new Date("2026-03-10T15:00:00Z");
const PASSWORD = "s3cret-Pa55word";
let airflow: FakeAirflowV1;
let dir: string;
const running: HandlerServices[] = [];

beforeAll(async () => {
  airflow = await startFakeAirflowV1({ credentials: { username: "oncall", password: PASSWORD } });
  const at = (d: number, h: number, m = 0) => new Date(Date.UTC(2026, 2, d, h, m));
  // Daily at 06:00 (aggregate_profit) and 07:00 (aggregate_growth); both delivered on Mar 9 and Mar 10.
  for (const [dag, hour] of [["aggregate_profit", 6], ["aggregate_growth", 7]] as const) {
    airflow.dags.set(dag, [
      v1Run(dag, at(8, hour), at(9, hour), "success", at(9, hour, 5), at(9, hour, 50)),
      v1Run(dag, at(9, hour), at(10, hour), "success", at(10, hour, 5), at(10, hour, 50)),
    ]);
  }
  const files = await embeddedFiles();
  const auth = (variable: string) => `auth: { kind: basic, username: oncall, password_env: ${variable} }`;
  const yaml = files
    .workspaceYaml!.replace(
      "- { id: demo, kind: demo }",
      [
        "- { id: demo, kind: demo }",
        `  - { id: prod, kind: airflow, url: "${airflow.url}", api: v1, poll: 2m, timeout: 5s, ${auth("AIRFLOW_PASSWORD")} }`,
        `  - { id: stage, kind: airflow, url: "${airflow.url}", api: v1, ${auth("STAGE_PASSWORD")} }`,
      ].join("\n"),
    )
    .replace("source: { id: demo, dag_id: aggregate_profit }", "source: { id: prod, dag_id: aggregate_profit }")
    .replace("source: { id: demo, dag_id: aggregate_growth }", "source: { id: stage, dag_id: aggregate_growth }");
  dir = await writeWorkspace({ ...files, workspaceYaml: yaml });
});

afterAll(async () => {
  await airflow.close();
  await rm(dir, { recursive: true, force: true });
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.desk.stop()));
});

/** A desk on the test workspace; STAGE_PASSWORD comes from the environment, AIRFLOW_PASSWORD from nowhere yet. */
async function desk(safeStorage = fakeSafeStorage(), file = memoryStore()) {
  const secrets = safeStorageSecrets({ safeStorage, platform: "linux", openStore: () => file });
  // As the app does once it is ready: the stored secrets are decrypted before the first poll.
  await secrets.load();
  const services = createAppServices({
    name: "oncall-desk",
    version: "0.0.0-test",
    workspaceOverride: dir,
    embeddedWorkspaceDir: dir,
    clock: createFakeClock(AT),
    secrets,
    env: { STAGE_PASSWORD: PASSWORD },
    onProblem: () => undefined,
  });
  running.push(services);
  const handlers = createHandlers(services);
  const events: unknown[] = [];
  forwardEvents(services, (event, payload) => events.push({ event, payload }));
  const responses: unknown[] = [];
  const call = async <K extends InvokeChannel>(channel: K, payload: InvokeMap[K]["request"] | unknown) => {
    const response = (await guardedCall(handlers, channel, payload, { ownWindow: true, frameUrl: "app://oncall-desk/index.html" }, () => true)) as InvokeMap[K]["response"];
    responses.push(response);
    return response;
  };
  // The first poll of every source, finished: poll-now joins the reads already in flight.
  await services.desk.current();
  await call("sources:poll-now", {});
  const stateOf = async (pipelineId: string) => (await call("status:get", {}))?.pipelines.find((p) => p.id === pipelineId)?.state;
  return { services, call, events, responses, file, stateOf };
}

describe("sources:list", () => {
  it("lists every source with its settings, secret state and health, and never a secret", async () => {
    const { call, responses, events, file } = await desk();
    const view = await call("sources:list", {});
    expect(view?.storageRefusal).toBeNull();
    const byId = Object.fromEntries(view!.sources.map((s) => [s.id, s]));
    expect(view!.sources.map((s) => s.id)).toEqual(["demo", "prod", "stage"]);
    expect(byId.demo).toMatchObject({ kind: "demo", url: null, api: null, auth: null, secret: "not-needed", secretProblem: null, demo: true, health: { state: "ok", failures: 0, lastError: null } });
    expect(byId.prod).toEqual({
      id: "prod",
      kind: "airflow",
      url: airflow.url,
      api: "v1",
      poll: "2m",
      timeout: "5s",
      auth: { kind: "basic", username: "oncall", passwordEnv: "AIRFLOW_PASSWORD" },
      secret: "missing",
      secretProblem: "no secret is stored and the environment variable AIRFLOW_PASSWORD is not set",
      demo: false,
      health: {
        state: "failing",
        polling: false,
        failures: 1,
        nextPoll: expect.stringMatching(/^2026-03-10T15:0\d:\d\d\.\d{3}Z$/),
        lastError: { kind: "config", message: "source prod: environment variable AIRFLOW_PASSWORD is not set" },
      },
    });
    // Without poll and timeout in the workspace, the poller's defaults.
    expect(byId.stage).toMatchObject({ poll: "1m", timeout: "10s", secret: "environment", health: { state: "ok", lastError: null } });
    expect(JSON.stringify([responses, events, file.get("encrypted")])).not.toContain(PASSWORD);
  });
});

describe("sources:set-secret, sources:delete-secret, sources:poll-now", () => {
  it("a stored secret is used by the poll it triggers: wrong, then right; forgetting it makes it missing again", async () => {
    const { call, responses, events, file, stateOf } = await desk();
    expect(await stateOf("aggregate_profit")).toBe("unknown");

    const wrong = await call("sources:set-secret", { sourceId: "prod", secret: "not-the-password" });
    expect(wrong).toMatchObject({ id: "prod", secret: "stored", health: { state: "failing", failures: 2, lastError: { kind: "auth", message: expect.stringMatching(/authentication failed for source prod/) } } });

    const right = await call("sources:set-secret", { sourceId: "prod", secret: PASSWORD });
    expect(right).toMatchObject({ id: "prod", secret: "stored", secretProblem: null, health: { state: "ok", failures: 0, lastError: null } });
    expect(await stateOf("aggregate_profit")).toBe("healthy");
    expect(events).toContainEqual({ event: "status:changed", payload: expect.anything() });

    const forgotten = await call("sources:delete-secret", { sourceId: "prod" });
    expect(forgotten).toMatchObject({ secret: "missing", secretProblem: expect.stringMatching(/AIRFLOW_PASSWORD is not set/) });
    const polled = await call("sources:poll-now", { sourceId: "prod" });
    expect(polled.sources.find((s) => s.id === "prod")?.health).toMatchObject({ state: "failing", lastError: { kind: "config" } });

    // Neither a response, an event, nor the file ever holds the secret.
    expect(JSON.stringify([responses, events, file.get("encrypted")])).not.toContain(PASSWORD);
    expect(JSON.stringify([responses, events])).not.toContain("not-the-password");
  });

  it("a stored secret wins over the environment; forgetting it falls back to the environment", async () => {
    const { call } = await desk();
    await expect(call("sources:set-secret", { sourceId: "stage", secret: "stored-but-wrong" })).resolves.toMatchObject({ secret: "stored", health: { state: "failing", lastError: { kind: "auth" } } });
    await expect(call("sources:delete-secret", { sourceId: "stage" })).resolves.toMatchObject({ secret: "environment" });
    const polled = await call("sources:poll-now", { sourceId: "stage" });
    expect(polled.sources.find((s) => s.id === "stage")?.health.state).toBe("ok");
  });

  it("without a keychain, storing is refused with the reason and nothing is stored", async () => {
    const { call, file } = await desk(fakeSafeStorage({ backend: "basic_text" }));
    expect((await call("sources:list", {}))?.storageRefusal).toMatch(/no keyring/);
    const refused = call("sources:set-secret", { sourceId: "prod", secret: PASSWORD });
    await expect(refused).rejects.toThrow(/cannot store AIRFLOW_PASSWORD: no keyring .* set the source's password_env environment variable/);
    await expect(refused.catch((error: Error) => error.message)).resolves.not.toContain(PASSWORD);
    expect(file.get("encrypted")).toBeUndefined();
    expect((await call("sources:list", {}))?.sources.find((s) => s.id === "prod")?.secret).toBe("missing");
  });

  it("a secret the keychain can no longer decrypt shows as missing with the reason", async () => {
    const safeStorage = fakeSafeStorage();
    const file = memoryStore();
    const { call } = await desk(safeStorage, file);
    await call("sources:set-secret", { sourceId: "prod", secret: PASSWORD });
    // The keychain changes; the app, started again, cannot decrypt what it stored.
    safeStorage.key = 0x01;
    const restarted = await desk(safeStorage, file);
    const prod = (await restarted.call("sources:list", {}))?.sources.find((s) => s.id === "prod");
    expect(prod).toMatchObject({ secret: "missing", secretProblem: expect.stringMatching(/cannot be decrypted .* enter it again/) });
  });

  it.each([
    ["sources:set-secret", { sourceId: "nope", secret: "x" }, /unknown source "nope" \(the workspace has "demo", "prod", "stage"\)/],
    ["sources:delete-secret", { sourceId: "nope" }, /unknown source "nope"/],
    ["sources:poll-now", { sourceId: "nope" }, /unknown source "nope"/],
    ["sources:set-secret", { sourceId: "demo", secret: "x" }, /source "demo" has no auth in the workspace, so it takes no secret/],
    ["sources:delete-secret", { sourceId: "demo" }, /source "demo" has no auth/],
  ] as const)("%s %j is rejected with a clear error", async (channel, payload, message) => {
    const { call } = await desk();
    await expect(call(channel, payload)).rejects.toThrow(message);
  });

  it.each([
    ["sources:set-secret", { sourceId: "prod", secret: "" }],
    ["sources:set-secret", { sourceId: "prod", secret: `${PASSWORD}${"x".repeat(4096)}` }],
    ["sources:set-secret", { sourceId: "prod", secret: PASSWORD, extra: 1 }],
    ["sources:set-secret", { sourceId: "prod" }],
    ["sources:delete-secret", {}],
    ["sources:poll-now", { sourceId: "" }],
    ["sources:list", { all: true }],
  ] as const)("%s rejects %j before any handler runs, without echoing the secret", async (channel, payload) => {
    const { call } = await desk();
    const rejected = call(channel, payload);
    await expect(rejected).rejects.toThrow(`${channel}: invalid request`);
    await expect(rejected.catch((error: Error) => error.message)).resolves.not.toContain(PASSWORD);
  });
});
