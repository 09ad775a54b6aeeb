/**
 * Airflow's published OpenAPI specifications (test/fixtures/openapi, Apache-2.0) as validators of
 * what the fake Airflow servers answer and of the request bodies they are sent, so neither the fakes
 * nor our clients can drift from the real APIs. Schemas are converted to JSON Schema (nullable
 * included) and checked with ajv.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openapiSchemaToJsonSchema } from "@openapi-contrib/openapi-schema-to-json-schema";
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { parse } from "yaml";
import { startFakeServer, type ErrorBody, type FakeRequest, type FakeResponse, type FakeServer } from "./fake-http-server";

/** Which Airflow API: v1 (Airflow 2.10) or v2 (Airflow 3.1). */
export type AirflowApi = "v1" | "v2";

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "openapi");
const FILES: Record<AirflowApi, string> = { v1: "airflow-2.10.0-v1.yaml", v2: "airflow-3.1.8-v2.yaml" };
/** v1's paths are relative to its server URL `/api/v1`; v2's are written in full. */
const PREFIX: Record<AirflowApi, string> = { v1: "/api/v1", v2: "" };
/** The error body every error of the API has, for answers the fake gives without a route (faults). */
const ERROR_SCHEMA: Record<AirflowApi, string> = { v1: "Error", v2: "HTTPExceptionResponse" };
/**
 * Whether a request body may carry fields its schema does not name. Airflow 2 loads bodies with
 * marshmallow, which rejects unknown fields (400) although v1.yaml does not say so; Airflow 3's
 * pydantic models that forbid them say `additionalProperties: false` in v2.yaml themselves.
 */
const REQUEST_EXTRA_FIELDS: Record<AirflowApi, "closed" | "as-specified"> = { v1: "closed", v2: "as-specified" };

// ajv-formats is CommonJS with a default export; under Node's ESM interop the function may sit one level down.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

type Json = Record<string, unknown>;

interface Operation {
  pattern: RegExp;
  /** Path parameters in the template: fewer means more literal, preferred when two templates match. */
  params: number;
  method: string;
  responses: Record<string, Json>;
  /** The JSON request body's schema, when the operation takes one. */
  requestBody?: Json;
}

/** A spec ready to check answers. */
export interface AirflowSpec {
  readonly api: AirflowApi;
  /** The spec's file, for messages. */
  readonly file: string;
  /**
   * Problems of `body` as the `status` answer to `method path` (the full request path, `/api/v1/…`);
   * [] when it conforms. A path, method or status the spec does not describe is itself a problem.
   */
  check(method: string, requestPath: string, status: number, body: unknown): string[];
  /** Problems of `body` as the JSON request body of `method path`; [] when it conforms or the operation takes no body. */
  checkRequest(method: string, requestPath: string, body: unknown): string[];
  /** Problems of `body` as the API's error body (for answers given without a route: injected faults). */
  checkError(status: number, body: unknown): string[];
  /** Problems of `body` against the component schema `name` (e.g. `DAGRun`). */
  checkSchema(name: string, body: unknown): string[];
}

/**
 * OpenAPI 3.0's `nullable` only counts next to a `type`, yet Airflow's specs put it on `$ref`s and
 * `anyOf`s too (`schedule_interval`, `triggered_by`) and real servers send null there: such a schema
 * becomes "that, or null". References are made absolute to the document's id.
 */
function prepare(node: unknown, id: string): unknown {
  if (Array.isArray(node)) return node.map((item) => prepare(item, id));
  if (typeof node !== "object" || node === null) return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) {
    out[key] = key === "$ref" && typeof value === "string" ? value.replace("#/components/schemas/", `${id}#/definitions/`) : prepare(value, id);
  }
  if (out.nullable === true && out.type === undefined) {
    const { nullable: _nullable, description: _description, ...rest } = out;
    return { anyOf: [rest, { type: "null" }] };
  }
  return out;
}

function toJsonSchema(schema: unknown, id: string): Json {
  const converted = openapiSchemaToJsonSchema(prepare(schema, id) as Json) as Json;
  delete converted.$schema; // draft-04 marker; ajv reads the rest as draft-07, which it is
  return converted;
}

function load(api: AirflowApi): AirflowSpec {
  const file = FILES[api];
  const doc = parse(readFileSync(path.join(FIXTURES, file), "utf8")) as Json & { paths: Record<string, Record<string, Json>>; components: Record<string, Record<string, Json>> };
  const id = `airflow-${api}`;
  const schemas = structuredClone(doc.components.schemas!);
  if (api === "v1") {
    // Known gap of the v1 spec: connexion writes `"detail": null` in its 401 problem (pipeline-apis.md), the spec says string.
    ((schemas.Error!.properties as Json).detail as Json).nullable = true;
  }
  const definitions = Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, toJsonSchema(schema, id)]));
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  // The v1 spec writes `format: datetime` for request fields (clearTaskInstances' start/end dates): the same ISO 8601 instant as `date-time`, checked rather than ignored.
  ajv.addFormat("datetime", ajv.formats["date-time"]!);
  ajv.addSchema({ $id: id, definitions });

  const operations: Operation[] = [];
  for (const [template, methods] of Object.entries(doc.paths)) {
    const full = PREFIX[api] + template;
    const pattern = new RegExp(`^${full.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+")}$`);
    for (const [method, op] of Object.entries(methods)) {
      if (typeof op === "object" && op !== null && "responses" in op) {
        const content = (op.requestBody as { content?: Record<string, { schema?: Json }> } | undefined)?.content;
        const requestBody = content?.["application/json"]?.schema;
        operations.push({ pattern, params: (template.match(/\{/g) ?? []).length, method: method.toUpperCase(), responses: op.responses as Record<string, Json>, ...(requestBody ? { requestBody } : {}) });
      }
    }
  }

  const compiled = new Map<string, ValidateFunction>();
  function validatorFor(key: string, schema: () => Json): ValidateFunction {
    let validate = compiled.get(key);
    if (!validate) compiled.set(key, (validate = ajv.compile(schema())));
    return validate;
  }
  function problems(validate: ValidateFunction, body: unknown, where: string): string[] {
    if (validate(body)) return [];
    const detail = (params: Record<string, unknown>) =>
      "allowedValues" in params ? ` (${(params.allowedValues as unknown[]).join(", ")})` : "additionalProperty" in params ? ` (${String(params.additionalProperty)})` : "";
    return (validate.errors ?? []).map((e) => `${where}: ${e.instancePath || "(body)"} ${e.message ?? "is invalid"}${detail(e.params)}`);
  }
  const resolve = (response: Json): Json => {
    const ref = response.$ref;
    return typeof ref === "string" ? doc.components.responses![ref.split("/").at(-1)!]! : response;
  };
  const operationOf = (method: string, requestPath: string) => operations.filter((o) => o.method === method && o.pattern.test(requestPath)).sort((a, b) => a.params - b.params)[0];
  /** A request body's schema as the server applies it: closed to unknown top-level fields where the server rejects them. */
  const requestSchema = (schema: Json): Json => {
    if (REQUEST_EXTRA_FIELDS[api] === "as-specified") return schema;
    const ref = schema.$ref;
    const target = typeof ref === "string" ? doc.components.schemas![ref.split("/").at(-1)!]! : schema;
    return target.properties && target.additionalProperties === undefined ? { ...target, additionalProperties: false } : target;
  };

  return {
    api,
    file,
    check(method, requestPath, status, body) {
      const where = `${method} ${requestPath} → ${status}`;
      const op = operationOf(method, requestPath);
      const described = op?.responses[String(status)] ?? op?.responses.default;
      // Real servers answer errors the spec leaves out (v1 lists only 401 for dagRuns, yet rejects a bad order_by with 400,
      // and any unknown path is a 404): such an answer must still be the API's error body.
      if (!described && status >= 400) return this.checkError(status, body).map((p) => `${where}: ${p}`);
      if (!op) return [`${where}: no such operation in ${file}`];
      if (!described) return [`${where}: status ${status} is not a documented answer of this operation in ${file}`];
      const content = resolve(described).content as Record<string, { schema?: Json }> | undefined;
      const schema = content && (content["application/json"] ?? Object.values(content)[0])?.schema;
      if (!schema) return body === undefined || body === "" ? [] : [`${where}: the spec describes no body, the fake sent one`];
      return problems(validatorFor(`${method} ${op.pattern.source} ${status}`, () => toJsonSchema(schema, id)), body, where);
    },
    checkRequest(method, requestPath, body) {
      const op = operationOf(method, requestPath);
      if (!op?.requestBody) return [];
      const schema = op.requestBody;
      return problems(validatorFor(`request ${method} ${op.pattern.source}`, () => toJsonSchema(requestSchema(schema), id)), body, `${method} ${requestPath} request body`);
    },
    checkError(status, body) {
      const name = api === "v2" && status === 422 && Array.isArray((body as Json | null)?.detail) ? "HTTPValidationError" : ERROR_SCHEMA[api];
      return this.checkSchema(name, body);
    },
    checkSchema(name, body) {
      if (!definitions[name]) return [`no schema ${name} in ${file}`];
      return problems(validatorFor(`#${name}`, () => ({ $ref: `${id}#/definitions/${name}` })), body, name);
    },
  };
}

const specs = new Map<AirflowApi, AirflowSpec>();

/** The spec of `api`, parsed and prepared once per process. */
export function airflowSpec(api: AirflowApi): AirflowSpec {
  let spec = specs.get(api);
  if (!spec) specs.set(api, (spec = load(api)));
  return spec;
}

/** Paths a fake serves that the spec does not describe, and why. */
const NOT_IN_SPEC: Record<AirflowApi, Record<string, string>> = {
  v1: {},
  // Airflow 3's token endpoint belongs to the simple auth manager, whose OpenAPI document is separate.
  v2: { "/auth/token": "simple auth manager" },
};

/** Where Airflow 2's problem types point (`type` of its problem+json errors). */
export const ERRORS_DOC = "https://airflow.apache.org/docs/apache-airflow/stable/stable-rest-api-ref.html#section/Errors";

/** How each API turns down a request body that breaks its schema: Airflow 2 with a 400 problem, Airflow 3 with a 422 list. */
const REQUEST_REJECTION: Record<AirflowApi, (problems: string[]) => FakeResponse> = {
  v1: (problems) => ({
    status: 400,
    contentType: "application/problem+json",
    body: { detail: problems.join("; "), status: 400, title: "Bad Request", type: `${ERRORS_DOC}/BadRequest` },
  }),
  v2: (problems) => ({ status: 422, body: { detail: problems.map((msg) => ({ type: "value_error", loc: ["body"], msg, input: null })) } }),
};

/** What a fake answers and is sent, checked against the spec as it goes; the violations make the fake's close() fail. */
export interface ConformanceLog {
  /** Every violation so far, one line each. */
  readonly violations: string[];
  /**
   * `handler` with each JSON request body and each answer checked (JSON answers only: text and HTML
   * are a proxy's, never the API's). A request body the spec refuses is a violation too, and is
   * answered as the API would (400 or 422) without reaching the handler.
   */
  checked(handler: (req: FakeRequest) => FakeResponse | Promise<FakeResponse>): (req: FakeRequest) => Promise<FakeResponse>;
  /** `errorBody` (answers to injected faults) with each body checked as the API's error body. */
  checkedErrors<A extends { status: number; body?: unknown }, P extends unknown[]>(errorBody: (status: number, ...rest: P) => A): (status: number, ...rest: P) => A;
  /** Throws with every violation, if any. */
  assertNone(): void;
}

/** A log for a fake of `api`. */
export function conformanceLog(api: AirflowApi): ConformanceLog {
  const spec = airflowSpec(api);
  const violations: string[] = [];
  const isJson = (body: unknown) => typeof body === "object" && body !== null;
  return {
    violations,
    checked(handler) {
      return async (req) => {
        const refused = isJson(req.body) && !(req.path in NOT_IN_SPEC[api]) ? spec.checkRequest(req.method, req.path, req.body) : [];
        violations.push(...refused);
        const answer = refused.length > 0 ? REQUEST_REJECTION[api](refused) : await handler(req);
        if (isJson(answer.body) && !(req.path in NOT_IN_SPEC[api])) violations.push(...spec.check(req.method, req.path, answer.status, answer.body));
        return answer;
      };
    },
    checkedErrors(errorBody) {
      return (status, ...rest) => {
        const answer = errorBody(status, ...rest);
        if (isJson(answer.body)) violations.push(...spec.checkError(status, answer.body));
        return answer;
      };
    },
    assertNone() {
      if (violations.length > 0) throw new Error(`the fake Airflow ${api} answered outside ${spec.file}:\n${violations.join("\n")}`);
    },
  };
}

/** A fake server (fake-http-server.ts) whose every answer is checked against the spec of `api`; its close() fails while violations remain. */
export async function startConformingFake(api: AirflowApi, handler: (req: FakeRequest) => FakeResponse | Promise<FakeResponse>, errorBody: ErrorBody): Promise<FakeServer & { violations: string[] }> {
  const conformance = conformanceLog(api);
  const server = await startFakeServer(conformance.checked(handler), conformance.checkedErrors(errorBody));
  const closeServer = server.close;
  return Object.assign(server, {
    violations: conformance.violations,
    async close() {
      await closeServer();
      conformance.assertNone();
    },
  });
}
