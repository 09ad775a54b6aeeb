/**
 * The Now view's board with 500 pipelines, built like the app (production React, minified) for the
 * renderer budget script: `benchStatusChange(n)` flips one pipeline's state n times and times each
 * re-render, commit and layout; `benchEveryRowNew(n)` does the same when every row object is new.
 */
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import type { PipelineSnapshot } from "../../../shared/domain/status";
import { PipelineBoard } from "../../../renderer/features/now/pipeline-board";

const COUNT = 500;
const NOW = Date.parse("2026-03-10T15:00:00Z");
const ZONE = "America/New_York";

function snapshot(i: number): PipelineSnapshot {
  const deadline = new Date(NOW + ((i % 48) - 12) * 1_800_000).toISOString();
  return {
    id: `pipeline_${i}`,
    name: `Pipeline ${i}`,
    state: i % 9 === 0 ? "late" : i % 5 === 0 ? "running" : "healthy",
    reason: `interval ${i} delivered on time; next data in ${i % 24}h`,
    deadline,
    lastRun: null,
    source: "bench",
    demo: false,
    age: 30_000,
    warnings: [],
  };
}

const owners = new Map(Array.from({ length: COUNT }, (_, i) => [`pipeline_${i}`, [`Engineer ${i % 7}`, `Engineer ${(i + 3) % 7}`] as const]));
let pipelines = Array.from({ length: COUNT }, (_, i) => snapshot(i));
const container = document.getElementById("root")!;
const root = createRoot(container);

function render(): number {
  const start = performance.now();
  flushSync(() => root.render(<PipelineBoard pipelines={pipelines} owners={owners} now={NOW} zone={ZONE} />));
  // Reading layout makes the browser apply the DOM changes' style and layout inside the measurement.
  void container.offsetHeight;
  return performance.now() - start;
}

render();

/** One status change: a new array in which only the changed pipeline is a new object (react-query's structural sharing). */
function statusChange(k: number): void {
  const i = (k * 37) % COUNT;
  pipelines = pipelines.map((p, j) => (j === i ? { ...p, state: p.state === "late" ? "healthy" : "late", reason: `changed at step ${k}` } : p));
}

Object.assign(window, {
  benchStatusChange(runs: number): number[] {
    return Array.from({ length: runs }, (_, k) => {
      statusChange(k);
      return render();
    });
  },
  benchEveryRowNew(runs: number): number[] {
    return Array.from({ length: runs }, (_, k) => {
      statusChange(k);
      pipelines = pipelines.map((p) => ({ ...p }));
      return render();
    });
  },
});
