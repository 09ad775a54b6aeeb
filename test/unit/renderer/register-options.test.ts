import { describe, expect, it } from "vitest";
import type { RiskEntry } from "../../../shared/domain/risks/risk-entry";
import { registerOptions } from "../../../renderer/features/risks/register-options";

/** A register entry with only what the options read set. */
const risk = (id: string, category: RiskEntry["category"], owner: string, pipelines: string[]): RiskEntry => ({
  id,
  title: id,
  category,
  description: "",
  examples: [],
  consequence: "",
  likelihood: 1,
  impact: 1,
  score: 1,
  level: "low",
  owner,
  pipelines,
  mitigations: { preventive: [], response: [] },
  lastReviewed: "2026-01-01",
  reviewDue: "2026-04-01",
  reviewOverdue: false,
});

const workspace = {
  team: [
    { id: "alex", name: "Alex Chen" },
    { id: "lisa", name: "Lisa Wang" },
    { id: "mike", name: "Mike Rodriguez" },
  ],
  manager: { id: "jordan", name: "Jordan Lee" },
  pipelines: [
    { id: "p1", name: "Aggregate Profit" },
    { id: "p2", name: "Daily Growth" },
    { id: "p3", name: "Engagement" },
  ],
} as unknown as Parameters<typeof registerOptions>[1];

describe("registerOptions", () => {
  it("offers only the categories, pipelines and owners some risk has: categories in the register's order, people and pipelines in the workspace's, by name", () => {
    const options = registerOptions([risk("a", "technical", "mike", ["p2"]), risk("b", "business", "jordan", ["p1", "p2"]), risk("c", "technical", "alex", [])], workspace);
    expect(options.categories).toEqual([
      { value: "technical", label: "technical" },
      { value: "business", label: "business" },
    ]);
    // p3 has no risk, lisa owns none; the manager can own a risk.
    expect(options.pipelines).toEqual([
      { value: "p1", label: "Aggregate Profit" },
      { value: "p2", label: "Daily Growth" },
    ]);
    expect(options.owners).toEqual([
      { value: "alex", label: "Alex Chen" },
      { value: "mike", label: "Mike Rodriguez" },
      { value: "jordan", label: "Jordan Lee" },
    ]);
  });

  it("keeps an id the workspace does not know, last and as written, so its risk can still be filtered to", () => {
    const options = registerOptions([risk("a", "operational", "ghost", ["gone"]), risk("b", "operational", "alex", ["p3"])], workspace);
    expect(options.owners).toEqual([
      { value: "alex", label: "Alex Chen" },
      { value: "ghost", label: "ghost" },
    ]);
    expect(options.pipelines).toEqual([
      { value: "p3", label: "Engagement" },
      { value: "gone", label: "gone" },
    ]);
  });

  it("offers nothing for an empty register, and ids as labels before the workspace is known", () => {
    expect(registerOptions([], workspace)).toEqual({ categories: [], pipelines: [], owners: [] });
    expect(registerOptions([risk("a", "technical", "mike", ["p2"])], undefined).owners).toEqual([{ value: "mike", label: "mike" }]);
  });
});
