import { describe, expect, it } from "vitest";
import { parseRunbook } from "../../../shared/domain/runbook";
import { markWords, queryWords, searchRunbooks } from "../../../shared/domain/runbook-search";

const profit = parseRunbook(
  "aggregate_profit",
  "runbooks/aggregate_profit.md",
  `# Aggregate Profit Runbook

## Overview
- **Purpose**: Investor-facing profit reports

## Technical details
- **Processing engine**: Apache Airflow + PostgreSQL

## Troubleshooting
1. Verify unit-level profit pipeline completion
2. Check financial system connectivity
`,
);
const growth = parseRunbook(
  "daily_growth",
  "runbooks/daily_growth.md",
  `# Daily Growth Runbook

## Overview
Growth metrics from the \`events\` table in [BigQuery](https://console.cloud.google.com/bigquery).

## Troubleshooting Steps
1. Check BigQuery connectivity
2. Re-run the [growth DAG](https://airflow.example.com/dags/daily_growth)
`,
);

describe("searchRunbooks", () => {
  it("lists each runbook with every line a word occurs in, by where it matched", () => {
    const [hit, ...rest] = searchRunbooks([profit, growth], "postgresql");
    expect(rest).toEqual([]);
    expect(hit).toEqual({
      pipelineId: "aggregate_profit",
      title: "Aggregate Profit Runbook",
      hits: [{ place: { kind: "section", heading: "Technical details" }, text: "Processing engine: Apache Airflow + PostgreSQL", marks: [[36, 46]] }],
    });
  });

  it("finds checklist steps as steps, not twice as Troubleshooting text", () => {
    const results = searchRunbooks([profit, growth], "connectivity");
    expect(results.map((r) => r.pipelineId)).toEqual(["aggregate_profit", "daily_growth"]);
    expect(results.map((r) => r.hits.map((h) => h.place))).toEqual([[{ kind: "step", index: 2 }], [{ kind: "step", index: 1 }]]);
    expect(results[1]!.hits[0]).toMatchObject({ text: "Check BigQuery connectivity", marks: [[15, 27]] });
  });

  it("needs every word somewhere in the runbook, in any field, and ranks a title match first", () => {
    expect(searchRunbooks([profit, growth], "bigquery investor")).toEqual([]);
    const both = searchRunbooks([profit, growth], "growth check");
    expect(both.map((r) => r.pipelineId)).toEqual(["daily_growth"]);
    expect(both[0]!.hits.map((h) => h.place.kind)).toEqual(["title", "section", "step", "step"]);
    // Link targets are not text: only the link's words are searched.
    expect(searchRunbooks([growth], "airflow.example.com")).toEqual([]);
    expect(searchRunbooks([profit, growth], "runbook").map((r) => r.pipelineId)).toEqual(["aggregate_profit", "daily_growth"]);
  });

  it("lists the lines with more of the query's words first", () => {
    const [result] = searchRunbooks([profit], "profit pipeline");
    expect(result!.hits.map((h) => h.text)).toEqual(["Verify unit-level profit pipeline completion", "Aggregate Profit Runbook", "Purpose: Investor-facing profit reports"]);
  });

  it("matches section headings and ignores case; an empty query matches nothing", () => {
    expect(searchRunbooks([profit], "TECHNICAL")[0]!.hits[0]).toEqual({ place: { kind: "section", heading: "Technical details" }, text: "Technical details", marks: [[0, 9]] });
    expect(searchRunbooks([profit, growth], "   ")).toEqual([]);
  });
});

describe("query words and marks", () => {
  it("splits on spaces, drops quotes and repeats", () => {
    expect(queryWords(' "Profit"  profit  Report ')).toEqual(["profit", "report"]);
  });
  it("merges overlapping ranges and finds every occurrence", () => {
    expect(markWords("profit profitability", ["profit", "fitab"])).toEqual([
      [0, 6],
      [7, 15],
    ]);
    expect(markWords("nothing here", ["x"])).toEqual([]);
  });
});
