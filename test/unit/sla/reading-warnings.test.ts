/** Warnings of an ok reading: incomplete reads with and without a note or a readable start, and how runs without an interval are listed. */
import { describe, expect, it } from "vitest";
import { readingWarnings } from "../../../shared/domain/sla/pipeline-warnings";
import { evaluatePipeline } from "../../../shared/domain/sla/evaluate-pipeline";
import { zoneText } from "../../../shared/domain/sla/zone-text";
import type { PipelineReading, UnattributedRun } from "../../../shared/domain/runs";
import { pipeline } from "./fixtures";

type OkReading = Extract<PipelineReading, { ok: true }>;
const NOW = "2026-03-10T09:00:00Z";
const at = zoneText("UTC", Date.parse(NOW));
const p = pipeline("agg", "0 6 * * *", "2h");
const reading = (more: Partial<OkReading>): OkReading => ({ pipelineId: "agg", ok: true, runs: [], fetchedAt: NOW, ...more });
const unplaced = (n: number): UnattributedRun[] =>
  Array.from({ length: n }, (_, i) => ({ runId: `m${i + 1}`, runType: "manual", state: "failed", start: NOW, end: NOW, note: "no run_after" }));
const texts = (r: OkReading) => readingWarnings(p, r, at).map((w) => `${w.kind}: ${w.text}`);

describe("incomplete-read warning", () => {
  it("without a note, ends at the instant", () => {
    expect(texts(reading({ coverage: { from: "2026-03-01T00:00:00Z", complete: false } }))).toEqual(["incomplete-read: history read completely only back to Mar 1 00:00 UTC"]);
  });

  it("with an unreadable start, says so instead of throwing (the verdict then treats nothing as read completely)", () => {
    const r = reading({ coverage: { from: "not a date", complete: false, note: "page cap" } });
    expect(texts(r)).toEqual(['incomplete-read: history read incompletely; its start "not a date" is not an instant: page cap']);
    // One bad reading must not break the evaluation of the pipeline (and with it the whole workspace).
    const s = evaluatePipeline(p, r, { now: new Date(NOW), staleAfterMs: 120_000 });
    expect(s.state).toBe("unknown");
    expect(s.reason).toBe("source src could not be read completely (page cap): runs before 09:00 UTC may be missing, so the 06:00 UTC interval cannot be judged");
  });
});

describe("runs without an interval", () => {
  const named = (n: number) => Array.from({ length: n }, (_, i) => `unattributed-run: run m${i + 1} has no interval: no run_after`);

  it("three are named one by one, with no count", () => {
    expect(texts(reading({ unattributed: unplaced(3) }))).toEqual(named(3));
  });

  it("a fourth is counted, in the singular", () => {
    expect(texts(reading({ unattributed: unplaced(4) }))).toEqual([...named(3), "unattributed-run: 1 more run without an interval"]);
  });

  it("more are counted in the plural", () => {
    expect(texts(reading({ unattributed: unplaced(5) }))).toEqual([...named(3), "unattributed-run: 2 more runs without an interval"]);
  });
});
