import { describe, expect, it } from "vitest";
import { z } from "zod";
import { zodProblems } from "../../../shared/domain/validation/zod-issues";

/** The problems zod finds in `value`, as the validator reports them. */
function problemsOf(schema: z.ZodType, value: unknown) {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error("test setup: the value validated");
  return zodProblems(parsed.error.issues, schema, value);
}

describe("zod problems", () => {
  it("counts the items a list needs in the plural", () => {
    expect(problemsOf(z.object({ tags: z.array(z.string()).min(2) }), { tags: ["a"] })).toEqual([{ path: ["tags"], message: "needs at least 2 items" }]);
  });

  it("reports the union option with the fewest problems, each unknown key counting as one", () => {
    // Option 1: a missing field and three unknown keys (two zod issues, four problems); option 2: two wrong types.
    const schema = z.union([z.strictObject({ a: z.string(), z: z.string() }), z.strictObject({ a: z.string(), b: z.number(), c: z.number(), d: z.number() })]);
    expect(problemsOf(schema, { a: "x", b: "s", c: "t", d: 1 })).toEqual([
      { path: ["b"], message: "expected number, got string" },
      { path: ["c"], message: "expected number, got string" },
    ]);
  });

  it("on a tie, reports the option listed first", () => {
    const schema = z.union([z.strictObject({ a: z.string() }), z.strictObject({ b: z.string() })]);
    expect(problemsOf(schema, {})).toEqual([{ path: ["a"], message: "missing required field (string)" }]);
  });

  it("suggests keys through a nullable object", () => {
    const schema = z.object({ x: z.strictObject({ name: z.string() }).nullable() });
    expect(problemsOf(schema, { x: { name: "n", nme: 1 } })).toEqual([{ path: ["x", "nme"], message: 'unknown key "nme" (did you mean "name"?)', atKey: true }]);
  });

  it("suggests keys through a transform, from the shape the author writes", () => {
    const schema = z.object({ window: z.strictObject({ from: z.string(), to: z.string() }).transform((w) => [w.from, w.to]) });
    expect(problemsOf(schema, { window: { from: "09:00", to: "17:00", form: "x" } })).toEqual([{ path: ["window", "form"], message: 'unknown key "form" (did you mean "from"?)', atKey: true }]);
  });

  it("reports a field missing from a value a preprocess step filled in for null, instead of crashing", () => {
    const schema = z.object({ mapping: z.preprocess((v) => v ?? {}, z.object({ state: z.string() })) });
    expect(problemsOf(schema, { mapping: null })).toEqual([{ path: ["mapping", "state"], message: "missing required field (string)" }]);
  });

  it("suggests keys from the option whose enum discriminator holds the tag", () => {
    const schema = z.discriminatedUnion("kind", [z.strictObject({ kind: z.enum(["a", "b"]), name: z.string() }), z.strictObject({ kind: z.literal("c"), size: z.number() })]);
    expect(problemsOf(schema, { kind: "b", name: "n", nme: "x" })).toEqual([{ path: ["nme"], message: 'unknown key "nme" (did you mean "name"?)', atKey: true }]);
  });
});
