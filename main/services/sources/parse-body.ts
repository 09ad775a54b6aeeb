/** Validates a response body against the fields we use (zod strips the rest: servers add fields between versions). */
import type { z } from "zod";
import { sourceFailure } from "./http/source-failure";

/** The body as `schema` says, or a parse failure naming the source, the document and the first bad field. */
export function parseBody<S extends z.ZodType>(sourceId: string, what: string, schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join(".")}` : "";
  throw sourceFailure(sourceId, "parse", `source ${sourceId} returned an unexpected ${what}${where}: ${issue?.message ?? "invalid"}`);
}

/** Normalises an instant to ISO 8601 UTC (`…Z`), or fails as a parse error naming the field. */
export function isoInstant(sourceId: string, field: string, value: string | number): string {
  const ms = typeof value === "number" ? value : Date.parse(value);
  if (!Number.isFinite(ms)) throw sourceFailure(sourceId, "parse", `source ${sourceId}: ${field} "${value}" is not a date`);
  return new Date(ms).toISOString();
}
