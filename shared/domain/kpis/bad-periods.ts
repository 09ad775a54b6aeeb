/** When a pipeline was down: late (an interval past its deadline, not delivered) or failed (a failed run not yet followed by a success). */
import type { RunHistory } from "../sla/run-history";

/** A span of time, epoch ms, [start, end). */
export type Period = [number, number];

/**
 * Late periods: interval i is late from its deadline until the first success of it or a later
 * interval, but no longer than the next deadline (from there interval i+1 speaks for the pipeline).
 */
export function latePeriods(dueTicks: readonly number[], slaMs: number, history: RunHistory, toMs: number): Period[] {
  const out: Period[] = [];
  // Earliest success end among intervals at or after each tick, computed from the newest backwards.
  const successes = history.successes;
  let j = successes.length;
  let firstSuccess = Infinity;
  for (let i = dueTicks.length - 1; i >= 0; i--) {
    const tick = dueTicks[i]!;
    while (j > 0 && successes[j - 1]!.intervalEndMs >= tick) {
      j--;
      firstSuccess = Math.min(firstSuccess, successes[j]!.endMs ?? successes[j]!.intervalEndMs);
    }
    const deadline = tick + slaMs;
    const until = Math.min(firstSuccess, dueTicks[i + 1] !== undefined ? dueTicks[i + 1]! + slaMs : toMs);
    if (until > deadline) out.push([deadline, until]);
  }
  return out;
}

/** Failed periods: from a failed run's end to the end of the next success that ended after it. */
export function failedPeriods(history: RunHistory, toMs: number): Period[] {
  const ends = history.successes.map((s) => s.endMs ?? s.intervalEndMs).sort((a, b) => a - b);
  const out: Period[] = [];
  for (const timed of history.failures) {
    if (timed.endMs === null) continue;
    const failedAt = timed.endMs;
    out.push([failedAt, ends.find((e) => e > failedAt) ?? toMs]);
  }
  return out;
}

/** Unions overlapping or touching periods, in time order. */
export function mergePeriods(periods: Period[]): Period[] {
  const sorted = periods.sort((a, b) => a[0] - b[0]);
  const out: Period[] = [];
  for (const [a, b] of sorted) {
    const last = out.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** The length of `periods` inside [fromMs, toMs). */
export function overlapMs(periods: readonly Period[], fromMs: number, toMs: number): number {
  let total = 0;
  for (const [a, b] of periods) total += Math.max(0, Math.min(b, toMs) - Math.max(a, fromMs));
  return total;
}
