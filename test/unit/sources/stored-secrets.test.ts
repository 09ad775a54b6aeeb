import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memorySecretStore, secretOrigin, storedSecretsFirst } from "../../../main/services/secrets/secret-store";
import { createSource } from "../../../main/services/sources/create-source";
import type { SourceConfig } from "../../../shared/domain/workspace-schema";
import { startFakeAirflowV1, v1Run, type FakeAirflowV1 } from "../../fakes/fake-airflow-v1";
import { makePipeline } from "../../fakes/make-pipeline";
import { NOW, errorOf } from "./fault-cases";

let fake: FakeAirflowV1;

beforeAll(async () => {
  fake = await startFakeAirflowV1({ credentials: { username: "oncall", password: "s3cret" } });
  const end = new Date(NOW.getTime() - 3_600_000);
  fake.dags.set("aggregate_profit", [v1Run("aggregate_profit", new Date(end.getTime() - 86_400_000), end, "success", end, NOW)]);
});

afterAll(() => fake.close());

const config: SourceConfig = { id: "prod", kind: "airflow", api: "v1", url: "", auth: { kind: "basic", username: "oncall", password_env: "AIRFLOW_PASSWORD" } };
const aggregate = makePipeline("aggregate_profit", { id: "prod", dag_id: "aggregate_profit" });

describe("stored secrets first, then the environment", () => {
  it("one source sees a secret stored, replaced and forgotten at its next read, without being rebuilt", async () => {
    const store = memorySecretStore();
    const source = createSource({ ...config, url: fake.url }, { env: storedSecretsFirst(store, { AIRFLOW_PASSWORD: "wrong" }) });
    const read = async () => (await source.read([aggregate], { now: NOW, signal: new AbortController().signal }))[0]!;

    // Nothing stored: the environment's (wrong) password is used.
    expect(errorOf(await read())).toMatchObject({ kind: "auth", status: 401 });
    await store.set("AIRFLOW_PASSWORD", "s3cret");
    expect(await read()).toMatchObject({ ok: true, runs: [expect.objectContaining({ state: "success" })] });
    await store.delete("AIRFLOW_PASSWORD");
    expect(errorOf(await read())).toMatchObject({ kind: "auth", status: 401 });
  });

  it("a name in neither place is the configuration error that names it", async () => {
    const source = createSource({ ...config, url: fake.url }, { env: storedSecretsFirst(memorySecretStore(), {}) });
    const [reading] = await source.read([aggregate], { now: NOW, signal: new AbortController().signal });
    expect(errorOf(reading!)).toEqual({ sourceId: "prod", kind: "config", message: "source prod: environment variable AIRFLOW_PASSWORD is not set" });
  });

  it("secretOrigin says where a name resolves from; an empty variable counts as unset", async () => {
    const store = memorySecretStore();
    const env = { FROM_ENV: "x", EMPTY: "" };
    await store.set("STORED", "y");
    expect(secretOrigin("STORED", store, env)).toBe("stored");
    expect(secretOrigin("FROM_ENV", store, env)).toBe("environment");
    expect(secretOrigin("EMPTY", store, env)).toBe("missing");
    expect(secretOrigin("NOWHERE", store, env)).toBe("missing");
    await store.set("FROM_ENV", "z");
    expect(secretOrigin("FROM_ENV", store, env)).toBe("stored");
    expect(storedSecretsFirst(store, env).FROM_ENV).toBe("z");
  });
});
