import { describe, expect, it } from "vitest";
import { nextDelayMs } from "../../../main/services/poller/backoff";

const base = { intervalMs: 60_000, minIntervalMs: 5_000, maxBackoffMs: 600_000, failures: 0 };

describe("nextDelayMs", () => {
  it("keeps a healthy source within ±10 % of its interval", () => {
    expect(nextDelayMs({ ...base, random: () => 0 })).toBe(54_000);
    expect(nextDelayMs({ ...base, random: () => 0.5 })).toBe(60_000);
    expect(nextDelayMs({ ...base, random: () => 0.999 })).toBeCloseTo(65_988);
  });

  it("raises an interval below the minimum", () => {
    expect(nextDelayMs({ ...base, intervalMs: 100, random: () => 0.5 })).toBe(5_000);
  });

  it("doubles the ceiling per failure, draws from its upper half, and never exceeds the cap", () => {
    const high = (failures: number) => nextDelayMs({ ...base, failures, random: () => 1 });
    const low = (failures: number) => nextDelayMs({ ...base, failures, random: () => 0 });
    expect([1, 2, 3, 4, 10].map(high)).toEqual([120_000, 240_000, 480_000, 600_000, 600_000]);
    expect([1, 2, 3, 4, 10].map(low)).toEqual([60_000, 120_000, 240_000, 300_000, 300_000]);
  });

  it("never backs off below the interval itself (a slow-polled source is not polled faster when failing)", () => {
    expect(nextDelayMs({ ...base, intervalMs: 3_600_000, failures: 3, random: () => 0 })).toBe(3_600_000);
  });

  it("waits out a Retry-After in full, capped at an hour", () => {
    expect(nextDelayMs({ ...base, failures: 5, retryAfterMs: 90_000, random: () => 0 })).toBe(90_000);
    expect(nextDelayMs({ ...base, retryAfterMs: 1_000, random: () => 0 })).toBe(5_000);
    expect(nextDelayMs({ ...base, retryAfterMs: 86_400_000, random: () => 0 })).toBe(3_600_000);
  });

  it("adds up to a tenth of the interval after a Retry-After, never less than asked", () => {
    // 90 s asked, interval 60 s: 90 s + 60 s × 0.1 × random.
    expect(nextDelayMs({ ...base, retryAfterMs: 90_000, random: () => 1 })).toBe(96_000);
    expect(nextDelayMs({ ...base, retryAfterMs: 90_000, random: () => 0.5 })).toBe(93_000);
  });
});
