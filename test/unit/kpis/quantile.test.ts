import { describe, expect, it } from "vitest";
import { quantile } from "../../../shared/domain/kpis/quantile";
import { seededRandom } from "../../fakes/seeded-random";

/** R-7 on a sorted copy, the textbook way. */
function bySorting(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  return sorted[lo]! + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? 0) - sorted[lo]!);
}

describe("quantile", () => {
  it("interpolates between the nearest ranks, by hand", () => {
    expect(quantile(Float64Array.from([30, 90, 30, 30]), 0.5)).toBe(30);
    expect(quantile(Float64Array.from([30, 90, 30, 30]), 0.95)).toBeCloseTo(81, 12); // rank 2.85: 30 + 0.85 × 60
    expect(quantile(Float64Array.from([4, 1, 3, 2]), 0.5)).toBe(2.5);
    expect(quantile(Float64Array.from([7]), 0.95)).toBe(7);
    expect(quantile(new Float64Array(0), 0.5)).toBeNull();
  });

  it("agrees with sorting on random, sorted, reversed and constant samples", () => {
    const random = seededRandom(11);
    const shapes: number[][] = [];
    for (const n of [2, 3, 10, 101, 1000, 4097]) {
      const values = Array.from({ length: n }, () => Math.round(random() * 500) * 60_000);
      shapes.push(values, [...values].sort((a, b) => a - b), [...values].sort((a, b) => b - a), values.map(() => 42));
    }
    for (const values of shapes) {
      for (const q of [0, 0.5, 0.95, 1]) expect(quantile(Float64Array.from(values), q)).toBeCloseTo(bySorting(values, q), 6);
    }
  });
});
