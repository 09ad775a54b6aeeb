/**
 * Turns zod issues into plain problems with a YAML path: unions are reduced to the option the
 * author most likely meant, unknown keys get a did-you-mean from the schema's own key list.
 */
import { z } from "zod";
import { didYouMean } from "./did-you-mean";
import type { YamlPath } from "./yaml-locate";

/** A schema problem before it has a file position. */
export interface PathProblem {
  path: YamlPath;
  message: string;
  /** Point at the key itself (unknown keys) rather than its value. */
  atKey?: boolean;
}

type AnySchema = z.core.$ZodType;
type Issue = z.core.$ZodIssue;

interface Def {
  type: string;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  innerType?: AnySchema;
  in?: AnySchema;
  options?: AnySchema[];
  discriminator?: string;
}

function defOf(schema: AnySchema): Def {
  return schema._zod.def as unknown as Def;
}

function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    // Every zod wrapper (optional, default, nullable, catch, readonly…) keeps the author's shape in innerType.
    if (def.innerType) current = def.innerType;
    else if (def.type === "pipe") current = def.in!; // a pipe always has an input schema: its shape is what the author writes
    else return current;
  }
}

function get(value: unknown, key: string | number): unknown {
  return value !== null && typeof value === "object" ? (value as Record<string | number, unknown>)[key] : undefined;
}

/** For a discriminated union, the option whose discriminator field accepts the value's tag. */
function pickOption(schema: AnySchema, value: unknown): AnySchema | undefined {
  // Only a discriminated union's def has a discriminator, and it always has options.
  const { discriminator, options } = defOf(schema);
  if (!discriminator) return undefined;
  const tag = get(value, discriminator);
  return options!.find((option) => {
    const field = defOf(unwrap(option)).shape?.[discriminator];
    // Parsing the tag covers every kind of discriminator zod allows (literal, enum, optional…).
    return field !== undefined && z.safeParse(field, tag).success;
  });
}

/** The schema that describes `value` at `path` below `schema` (undefined where it can't be told). */
function schemaAt(schema: AnySchema | undefined, path: YamlPath, value: unknown): AnySchema | undefined {
  let current = schema && unwrap(schema);
  let here = value;
  for (const part of path) {
    if (!current) return undefined;
    current = pickOption(current, here) ?? current;
    const def = defOf(current);
    const next = def.type === "object" ? def.shape?.[String(part)] : def.type === "array" ? def.element : undefined;
    current = next && unwrap(next);
    here = get(here, part);
  }
  return current && (pickOption(current, here) ?? current);
}

function weight(issues: readonly Issue[]): number {
  return issues.reduce((sum, issue) => sum + (issue.code === "unrecognized_keys" ? issue.keys.length : 1), 0);
}

function describe(issue: Issue, value: unknown): string {
  switch (issue.code) {
    case "invalid_type":
      return value === undefined ? `missing required field (${issue.expected})` : `expected ${issue.expected}, got ${value === null ? "null" : Array.isArray(value) ? "a list" : typeof value}`;
    case "invalid_value":
      if (value === undefined) return `missing required field (one of ${issue.values.map((v) => JSON.stringify(v)).join(" | ")})`;
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(" | ")}, got ${JSON.stringify(value)}`;
    case "too_small":
      return issue.origin === "array" ? `needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? "" : "s"}` : issue.message;
    default:
      return issue.message;
  }
}

/** Flattens zod issues for `data` validated by `schema` into path problems. */
export function zodProblems(issues: readonly Issue[], schema: AnySchema, data: unknown, prefix: YamlPath = []): PathProblem[] {
  const out: PathProblem[] = [];
  for (const issue of issues) {
    const relative = issue.path as (string | number)[];
    const path = [...prefix, ...relative];
    const value = relative.reduce<unknown>(get, data);
    const unionErrors = issue.code === "invalid_union" ? (issue.errors as Issue[][]) : [];
    if (unionErrors.length > 0) {
      // Report only the option that fits best: the one with the fewest problems.
      const best = unionErrors.reduce((a, b) => (weight(b) < weight(a) ? b : a));
      const index = unionErrors.indexOf(best);
      const option = defOf(unwrap(schemaAt(schema, relative, data) ?? schema)).options?.[index];
      out.push(...zodProblems(best, option ?? schema, value, path));
      continue;
    }
    if (issue.code === "unrecognized_keys") {
      const known = Object.keys(defOf(unwrap(schemaAt(schema, relative, data) ?? schema)).shape ?? {});
      for (const key of issue.keys) {
        out.push({ path: [...path, key], message: `unknown key "${key}"${didYouMean(key, known)}`, atKey: true });
      }
      continue;
    }
    // Only a discriminated union whose tag matched nothing lists its tags; zod puts that issue at the tag itself.
    const tags = (issue as { options?: readonly unknown[] }).options;
    if (tags) {
      const choices = tags.map((tag) => String(tag));
      const listed = choices.join(" | ");
      out.push({ path, message: value === undefined ? `missing required field (one of ${listed})` : `expected one of ${listed}, got ${JSON.stringify(value)}${didYouMean(String(value), choices)}` });
      continue;
    }
    out.push({ path, message: describe(issue, value) });
  }
  return out;
}
