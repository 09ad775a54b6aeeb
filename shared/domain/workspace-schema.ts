/**
 * The workspace contract: the shape of `workspace.yaml` and `risks.yaml`.
 * Fields may be added, never renamed. Cross-references (owners, sources, rotation order…) are
 * checked in workspace-references.ts, where the whole document is known.
 */
import { z } from "zod";
import { durationMs, isDuration, isPercent } from "./duration";

const id = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, "ids are lower-case letters, digits, '-' and '_'");
const text = z.string().min(1, "must not be empty");
const duration = z.string().refine(isDuration, "invalid duration (expected e.g. 90s, 15m, 2h, 1h30m, 2w)");
const percent = z.string().refine(isPercent, 'invalid percentage (expected e.g. "99.9%")');
// Reviews and runbook ages are counted in calendar days of the workspace's zone, so a DST change never moves them by an hour.
const wholeDays = duration.refine((s) => !isDuration(s) || durationMs(s) % 86_400_000 === 0, "expected a whole number of days (e.g. 90d, 12w)");
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date YYYY-MM-DD")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "not a real calendar date");
const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "expected a local date-time YYYY-MM-DDTHH:MM (workspace timezone)");
const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected a month-day "MM-DD"');
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time "HH:MM"');

/** Engineer seniority. */
export const levelSchema = z.enum(["senior", "mid", "junior"]);

/** How to reach a person. */
export const contactSchema = z.strictObject({
  email: z.string().email("not an email address").optional(),
  slack: z.string().optional(),
  phone: z.string().optional(),
  pagerduty: z.string().optional(),
});

/** One engineer of the team. */
export const engineerSchema = z.strictObject({
  id,
  name: text,
  level: levelSchema,
  contact: contactSchema,
  title: z.string().optional(),
  specialization: z.string().optional(),
});

/** The engineering manager: the last step of escalation. */
export const managerSchema = z.strictObject({ id, name: text, contact: contactSchema });

/** Credentials reference: the secret itself never lives in the workspace. */
export const authSchema = z.strictObject({
  kind: z.enum(["basic", "token"]),
  username: z.string().optional(),
  password_env: z.string().regex(/^[A-Z_][A-Z0-9_]*$/, "an environment variable name, e.g. AIRFLOW_PASSWORD").optional(),
});

const pollFields = {
  poll: duration.optional(),
  timeout: duration.optional(),
};

/** Where in a home-grown JSON document the runs and their fields are. Paths are dot-separated. */
export const httpJsonMappingSchema = z.strictObject({
  runs: z.string().describe("path to the array of runs; empty for a bare array"),
  pipeline: z.string().optional().describe("field naming the pipeline, matched against the pipeline's source key"),
  id: z.string().optional(),
  state: z.string(),
  start: z.string().optional(),
  end: z.string().optional(),
  interval_end: z.string(),
  completeness: z.string().optional().describe("field holding the share of complete records of the run: a fraction 0..1 or a percentage text such as \"99.5%\""),
  accuracy: z.string().optional().describe("field holding the share of accurate records of the run: a fraction 0..1 or a percentage text such as \"99.9%\""),
  states: z.strictObject({
    success: z.array(z.string()).min(1),
    failed: z.array(z.string()).min(1),
    running: z.array(z.string()).default([]),
    queued: z.array(z.string()).default([]),
  }),
});

/** A place pipeline status is read from. */
export const sourceSchema = z.discriminatedUnion("kind", [
  z.strictObject({ id, kind: z.literal("demo"), ...pollFields }),
  z.strictObject({
    id,
    kind: z.literal("airflow"),
    url: z.string().url("not a URL"),
    api: z.enum(["v1", "v2"]),
    auth: authSchema.optional(),
    ...pollFields,
  }),
  z.strictObject({ id, kind: z.literal("spark-history"), url: z.string().url("not a URL"), auth: authSchema.optional(), ...pollFields }),
  z.strictObject({
    id,
    kind: z.literal("http-json"),
    url: z.string().url("not a URL"),
    auth: authSchema.optional(),
    mapping: httpJsonMappingSchema,
    ...pollFields,
  }),
]);

/** Which runs of a source belong to a pipeline: a DAG id (airflow, demo), an app name (spark-history) or a key (http-json). */
export const pipelineSourceSchema = z.strictObject({
  id,
  dag_id: z.string().optional(),
  app_name: z.string().optional(),
  key: z.string().optional(),
});

/** One data pipeline the team is on call for. */
export const pipelineSchema = z.strictObject({
  id,
  name: text,
  area: z.enum(["profit", "growth", "engagement"]),
  impact: z.enum(["high", "medium"]),
  purpose: text,
  engine: text,
  inputs: z.array(text).default([]),
  schedule: text.describe("cron, always UTC"),
  sla: duration,
  volume: z.string().optional(),
  owners: z.strictObject({ primary: id, secondary: id }),
  source: pipelineSourceSchema,
  alerts: z.array(z.enum(["pagerduty", "slack", "email"])).default([]),
  checks: z.array(text).default([]),
  success_metrics: z.array(text).default([]),
});

/** One shift slot of a day, in workspace-local wall-clock time. */
export const shiftSlotSchema = z.strictObject({ name: id, start: clock, end: clock });

/** The rotation: who carries which slot in which block. */
export const rotationSchema = z.strictObject({
  start: isoDate,
  block: duration,
  order: z.array(id).min(1),
  shifts: z.array(shiftSlotSchema).min(1),
});

/** Who may be on call during a holiday: levels and/or engineer ids. */
const eligible = z.array(z.string()).min(1);

/** A holiday: a fixed month-day range, or a rule with a length in days. */
export const holidaySchema = z.union([
  z.strictObject({ name: text, from: monthDay, to: monthDay, eligible }),
  z.strictObject({
    name: text,
    rule: z.string().regex(/^(1st|2nd|3rd|4th|5th|last) (monday|tuesday|wednesday|thursday|friday|saturday|sunday) in (january|february|march|april|may|june|july|august|september|october|november|december)$/i, 'expected a rule like "4th thursday in november" or "last monday in may"'),
    days: z.number().int().min(1).max(14),
    eligible,
  }),
]);

/** An engineer away for whole days, `from` to `to` inclusive. */
export const timeOffSchema = z.strictObject({ engineer: id, from: isoDate, to: isoDate, reason: z.string().optional() });

/** One engineer covering another for a range of local time; wins over everything else. */
export const overrideSchema = z.strictObject({ engineer: id, covers: id, from: localDateTime, to: localDateTime, reason: z.string().optional() });

/** Escalation: who is asked in which order, and how long to wait for an acknowledgement. */
export const escalationSchema = z.strictObject({
  ack_timeout: duration,
  chain: z.array(z.enum(["primary", "secondary", "oncall", "senior", "manager"])).min(1),
});

/** KPI targets. */
export const kpiTargetsSchema = z.strictObject({
  uptime: percent,
  sla_compliance: percent,
  mttr: duration,
  completeness: percent,
  accuracy: percent,
  freshness: duration,
  response: duration,
  resolution: duration,
});

/** Thresholds of the risk register and its live signals; each has a default when absent. */
export const riskSettingsSchema = z.strictObject({
  review_interval: wholeDays.optional().describe("a risk whose last_reviewed is older is flagged; default 90d"),
  silo_share: percent.optional().describe("knowledge-silo: one engineer is the primary owner of more than this share of the pipelines; default 40%"),
  runbook_max_age: wholeDays.optional().describe("runbook-stale: a runbook unchanged for longer; default 31d"),
});

/** A host name as a link carries it: lower-case labels of letters, digits and '-', no scheme, port or path. */
const hostName = z
  .string()
  .regex(/^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/, 'expected a host name such as "wiki.example.com" (no scheme, port or path)');

/** The whole of `workspace.yaml`. */
export const workspaceFileSchema = z.strictObject({
  version: z.literal(1),
  name: z.string().optional(),
  timezone: text,
  team: z.array(engineerSchema).min(1),
  manager: managerSchema,
  sources: z.array(sourceSchema).min(1),
  pipelines: z.array(pipelineSchema).min(1),
  rotation: rotationSchema,
  holidays: z.array(holidaySchema).default([]),
  time_off: z.array(timeOffSchema).default([]),
  overrides: z.array(overrideSchema).default([]),
  escalation: escalationSchema,
  kpis: kpiTargetsSchema,
  risk_settings: riskSettingsSchema.optional(),
  link_hosts: z.array(hostName).optional().describe("hosts besides the sources' that runbook links may open over https (a wiki, a dashboard)"),
});

const score = z.number().int().min(1, "scores run from 1 to 5").max(5, "scores run from 1 to 5");

/** One entry of the risk register. */
export const riskSchema = z.strictObject({
  id,
  category: z.enum(["technical", "business", "operational"]),
  title: text,
  description: text,
  examples: z.array(text).default([]),
  impact: text.describe("what happens when it strikes"),
  score: z.strictObject({ likelihood: score, impact: score }),
  owner: id,
  pipelines: z.array(id).default([]),
  mitigations: z.strictObject({ preventive: z.array(text).default([]), response: z.array(text).default([]) }),
  last_reviewed: isoDate,
});

/** The whole of `risks.yaml`. */
export const risksFileSchema = z.strictObject({ version: z.literal(1), risks: z.array(riskSchema) });

/** An engineer. */
export type Engineer = z.output<typeof engineerSchema>;
/** Seniority level. */
export type Level = z.output<typeof levelSchema>;
/** Contact methods. */
export type Contact = z.output<typeof contactSchema>;
/** The manager. */
export type Manager = z.output<typeof managerSchema>;
/** A source of pipeline status. */
export type SourceConfig = z.output<typeof sourceSchema>;
/** Source kinds. */
export type SourceKind = SourceConfig["kind"];
/** Credentials reference. */
export type AuthConfig = z.output<typeof authSchema>;
/** The http-json mapping. */
export type HttpJsonMapping = z.output<typeof httpJsonMappingSchema>;
/** A pipeline. */
export type Pipeline = z.output<typeof pipelineSchema>;
/** A shift slot of the day. */
export type ShiftSlot = z.output<typeof shiftSlotSchema>;
/** The rotation settings. */
export type RotationConfig = z.output<typeof rotationSchema>;
/** A holiday rule. */
export type HolidayRule = z.output<typeof holidaySchema>;
/** Time off. */
export type TimeOff = z.output<typeof timeOffSchema>;
/** An override. */
export type Override = z.output<typeof overrideSchema>;
/** Escalation settings. */
export type EscalationConfig = z.output<typeof escalationSchema>;
/** A step of the escalation chain. */
export type EscalationStep = EscalationConfig["chain"][number];
/** KPI targets as written. */
export type KpiTargets = z.output<typeof kpiTargetsSchema>;
/** Risk register thresholds as written. */
export type RiskSettings = z.output<typeof riskSettingsSchema>;
/** `workspace.yaml`, validated. */
export type WorkspaceFile = z.output<typeof workspaceFileSchema>;
/** A risk. */
export type Risk = z.output<typeof riskSchema>;
