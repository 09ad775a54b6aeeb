/** zod schemas for every renderer → main payload: main trusts nothing the renderer sends until it parses. */
import { z } from "zod";
import { CAUSE_CATEGORIES, followUpSchema } from "../domain/incidents/incident-events";
import { settingsPatchSchema } from "../domain/settings";
import { MAX_HISTORY_DAYS, type InvokeChannel, type InvokeMap } from "./contract";

const noParams = z.strictObject({});
const instant = z.iso.datetime({ offset: true });
const id = z.string().min(1).max(200);
/** The longest secret accepted: far beyond any password or token, bounded so a paste accident stays small. */
const MAX_SECRET_CHARS = 4096;
/** The longest schedule range one call may ask for: enough for a quarter's calendar, bounded so a typo cannot expand years. */
const MAX_SCHEDULE_DAYS = 92;
/** The longest range the lint, fairness and calendar export take: a year and a margin, for the lint's 365-day view. */
const MAX_REPORT_DAYS = 400;

/** The longest note, reason or summary accepted: pages of text, bounded so a paste accident stays small in the journal. */
const MAX_TEXT_CHARS = 20_000;
const text = z.string().trim().min(1).max(MAX_TEXT_CHARS);
/** Incident ids are ULIDs. */
const incidentId = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, "not an incident id");
/** Who acts, and which incident. */
const onIncident = { incidentId, as: id.optional() };

/** Checks that a range, when given, runs forward and spans at most `maxDays`. */
function rangeRules<T extends { from?: string | undefined; to?: string | undefined }>(schema: z.ZodType<T>, maxDays: number) {
  const span = ({ from, to }: T) => (from === undefined || to === undefined ? undefined : Date.parse(to) - Date.parse(from));
  return schema
    .refine((r) => (r.from === undefined) === (r.to === undefined), { message: "give both `from` and `to`, or neither", path: ["to"] })
    .refine((r) => (span(r) ?? 1) > 0, { message: "`to` must be after `from`", path: ["to"] })
    .refine((r) => (span(r) ?? 0) <= maxDays * 86_400_000, { message: `at most ${maxDays} days`, path: ["to"] });
}

/** The request schema of each invoke channel; the mapped type makes the table complete. */
export const REQUEST_SCHEMAS: { readonly [K in InvokeChannel]: z.ZodType<InvokeMap[K]["request"]> } = {
  "app:info": noParams,
  "workspace:get": noParams,
  "workspace:reload": noParams,
  "status:get": noParams,
  "kpis:get": z.strictObject({ days: z.union([z.literal(7), z.literal(30)]) }),
  "risks:get": noParams,
  "oncall:now": z.strictObject({ at: instant.optional() }),
  "escalation:get": z.strictObject({ pipelineId: id, at: instant.optional() }),
  "alerts:acknowledge": z.strictObject({ alertId: id }),
  "alerts:snooze": z.strictObject({ alertId: id, until: instant }),
  "schedule:get": rangeRules(z.strictObject({ from: instant, to: instant, engineer: id.optional() }), MAX_SCHEDULE_DAYS),
  "rotation:lint": rangeRules(z.strictObject({ from: instant.optional(), to: instant.optional() }), MAX_REPORT_DAYS),
  "rotation:fairness": rangeRules(z.strictObject({ from: instant.optional(), to: instant.optional() }), MAX_REPORT_DAYS),
  "rotation:export-ics": rangeRules(z.strictObject({ from: instant, to: instant, engineer: id.optional() }), MAX_REPORT_DAYS),
  "sources:list": noParams,
  // zod's messages name the rule and the path, never the input, so a refused secret is not echoed in the error.
  "sources:set-secret": z.strictObject({ sourceId: id, secret: z.string().min(1).max(MAX_SECRET_CHARS) }),
  "sources:delete-secret": z.strictObject({ sourceId: id }),
  "sources:poll-now": z.strictObject({ sourceId: id.optional() }),
  "settings:get": noParams,
  "settings:update": settingsPatchSchema,
  "workspace:choose": z.strictObject({ action: z.enum(["open-folder", "create-from-template", "demo"]) }),
  "incidents:list": z.strictObject({ all: z.boolean().optional() }),
  "incidents:get": z.strictObject({ incidentId }),
  "incidents:start": z.union([
    z.strictObject({ alertId: id, pipelineId: id.optional(), as: id.optional() }),
    z.strictObject({ pipelineId: id, alertId: id.optional(), as: id.optional() }),
  ]),
  "incidents:step": z.strictObject({ ...onIncident, n: z.number().int().min(1).max(1000), outcome: z.enum(["done", "skipped", "reopened"]), reason: text.optional(), note: text.optional() }),
  "incidents:note": z.strictObject({ ...onIncident, text, step: z.number().int().min(1).max(1000).optional() }),
  "incidents:set-state": z.strictObject({ ...onIncident, state: z.enum(["open", "mitigated"]) }),
  "incidents:escalation": z.strictObject({ incidentId }),
  "incidents:escalate": z.strictObject({ ...onIncident, to: id.optional() }),
  "incidents:resolve": z.strictObject({ ...onIncident, summary: text, cause: z.enum(CAUSE_CATEGORIES), risks: z.array(id).max(100), followUps: z.array(followUpSchema.extend({ text, owner: id })).max(100) }),
  "incidents:export": z.strictObject({ incidentId }),
  "incidents:share": z.strictObject({ incidentId }),
  "handoff:get": z.strictObject({ at: instant.optional() }),
  "handoff:acknowledge": z.strictObject({ handoffAt: instant, as: id.optional() }),
  "handoff:save-note": z.strictObject({ text, as: id.optional(), share: z.boolean().optional() }),
  "runbooks:list": noParams,
  "runbooks:get": z.strictObject({ pipelineId: id }),
  "pipeline:history": z.strictObject({ pipelineId: id, days: z.number().int().min(1).max(MAX_HISTORY_DAYS) }),
  "recovery:list": z.strictObject({ incidentId }),
  "recovery:preview-clear": z.strictObject(onIncident),
  // Airflow run ids are at most 250 characters.
  "recovery:clear": z.strictObject({ ...onIncident, runId: z.string().min(1).max(250) }),
};

/** True when `channel` is a declared invoke channel (and not, say, `__proto__`). */
export function isInvokeChannel(channel: string): channel is InvokeChannel {
  return Object.hasOwn(REQUEST_SCHEMAS, channel);
}
