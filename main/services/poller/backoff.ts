/** When to poll a source next: the interval with jitter, exponential backoff after failures, Retry-After when asked. */

/** ±10 % around the interval, so sources configured alike do not poll in lockstep. */
export const JITTER = 0.1;

/** A server asking for more than an hour is more likely misconfigured than serious; the tray shows "unknown" meanwhile anyway. */
export const MAX_RETRY_AFTER_MS = 3_600_000;

/** What the next delay depends on. `random` returns [0, 1), injectable so tests pin the jitter. */
export interface DelayInput {
  intervalMs: number;
  minIntervalMs: number;
  maxBackoffMs: number;
  /** Consecutive failed polls, 0 after a good one. */
  failures: number;
  /** What the server asked for (429/503 Retry-After), when it did. */
  retryAfterMs?: number;
  random: () => number;
}

/**
 * Milliseconds until the next poll. After n failures the delay is drawn from
 * [ceiling/2, ceiling] with ceiling = min(maxBackoff, interval·2ⁿ) ("equal jitter"), never less
 * than the interval; a Retry-After is waited out in full, plus a little jitter, never less.
 */
export function nextDelayMs(input: DelayInput): number {
  const interval = Math.max(input.intervalMs, input.minIntervalMs);
  if (input.retryAfterMs !== undefined) {
    return Math.max(Math.min(input.retryAfterMs, MAX_RETRY_AFTER_MS), input.minIntervalMs) + interval * JITTER * input.random();
  }
  if (input.failures === 0) return interval * (1 - JITTER + 2 * JITTER * input.random());
  const ceiling = Math.min(input.maxBackoffMs, interval * 2 ** input.failures);
  return Math.max(interval, ceiling * (0.5 + 0.5 * input.random()));
}
