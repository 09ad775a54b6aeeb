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

/** UTC times as APIs usually write them (`Z` or `+00:00`; no, milli- or microsecond fractions), fields range-checked. */
const UTC_TEXT = /^(\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d)(?:\.(\d{1,9}))?(?:Z|\+00:00)$/;

/** A date-time without `Z` or an offset: Date.parse reads it in this machine's zone, which says nothing about the source's. */
const ZONELESS_TEXT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/i;

/**
 * Normalises an instant to ISO 8601 UTC with milliseconds (`…000Z`), or fails as a parse error naming
 * the field. UTC text is rewritten as text: Date.parse + toISOString would cost most of a poll's parsing.
 * A date-time that names no zone is refused: two desks in different zones would place it hours apart.
 */
export function isoInstant(sourceId: string, field: string, value: string | number): string {
  const utc = typeof value === "string" ? UTC_TEXT.exec(value) : null;
  if (utc) return `${utc[1]}.${(utc[2] ?? "").padEnd(3, "0").slice(0, 3)}Z`;
  if (typeof value === "string" && ZONELESS_TEXT.test(value)) {
    throw sourceFailure(sourceId, "parse", `source ${sourceId}: ${field} "${value}" names no time zone (write Z or an offset such as +00:00)`);
  }
  const ms = typeof value === "number" ? value : Date.parse(value);
  if (!Number.isFinite(ms)) throw sourceFailure(sourceId, "parse", `source ${sourceId}: ${field} "${value}" is not a date`);
  return new Date(ms).toISOString();
}
