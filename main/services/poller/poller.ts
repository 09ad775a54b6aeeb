/**
 * The poller (DESIGN.md rule 5): one self-rescheduling loop per source, a shared FIFO concurrency
 * limit, jittered intervals, exponential backoff, Retry-After, and the last good reading per pipeline.
 */
import { durationMs } from "../../../shared/domain/duration";
import type { PipelineReading, SourceError } from "../../../shared/domain/runs";
import type { Pipeline } from "../../../shared/domain/workspace-schema";
import { createSemaphore } from "../async/semaphore";
import type { Clock } from "../clock";
import type { PipelineSource } from "../sources/pipeline-source";
import { nextDelayMs } from "./backoff";
import { readWithDeadline } from "./read-with-deadline";
// The sources apply this per request; the poller budgets a whole read from it.
import { DEFAULT_TIMEOUT_MS } from "../sources/http/json-client";

/** Defaults of issue 3 §2. */
export const DEFAULT_INTERVAL_MS = 60_000;
/**
 * A whole read is several requests (a token, then pages for each pipeline), each bounded by the
 * request timeout: the poller gives the read this many of them before it abandons it, so a healthy
 * source with many pages is not cut off while a hung one still frees its slot.
 */
export const REQUESTS_PER_READ = 6;
/** The deadline of one whole read of a source: REQUESTS_PER_READ of its request timeouts. */
export function readDeadlineMs(config?: { timeout?: string }): number {
  return REQUESTS_PER_READ * (config?.timeout ? durationMs(config.timeout) : DEFAULT_TIMEOUT_MS);
}

/** No source is polled more often than this, whatever its config says. */
export const DEFAULT_MIN_INTERVAL_MS = 5_000;
/** Backoff never waits longer than this between polls of a failing source. */
export const DEFAULT_MAX_BACKOFF_MS = 600_000;
/** Sources read at the same time. */
export const DEFAULT_MAX_CONCURRENCY = 4;

/** A source to poll, with its workspace settings (`poll`, `timeout` durations) when it has any. */
export interface PolledSource {
  source: PipelineSource;
  config?: { poll?: string; timeout?: string };
}

/** Called with the readings of one poll of one source. */
export type ReadingListener = (readings: PipelineReading[], source: PipelineSource) => void;

/** How the poller is built; everything but sources, pipelines and clock has a default. */
export interface PollerOptions {
  sources: PolledSource[];
  /** All pipelines; each is read from the source its `source.id` names. */
  pipelines: Pipeline[];
  clock: Clock;
  /** Interval for sources whose config sets no `poll`. */
  intervalMs?: number;
  /** Deadline of one whole read; default REQUESTS_PER_READ × the source's request timeout. */
  readDeadlineMs?: number;
  minIntervalMs?: number;
  maxBackoffMs?: number;
  maxConcurrency?: number;
  /** [0, 1) for jitter; injectable so tests are deterministic. */
  random?: () => number;
  /** The main consumer of readings (the SLA evaluation); more can `subscribe`. */
  onReading?: ReadingListener;
  /** Something unexpected: a listener threw, or a source broke its never-throw contract. Polling goes on. */
  onError?: (error: unknown, source: PipelineSource) => void;
}

/** The last successful reading of a pipeline and when it was read, for "last known state, 12 min old". */
export interface LastGood {
  reading: Extract<PipelineReading, { ok: true }>;
  at: Date;
}

/** How a source's loop stands, for "retrying in 2 min" in the UI. */
export interface SourceStatus {
  polling: boolean;
  /** Consecutive failed polls (every pipeline errored); 0 after a good one. */
  failures: number;
  nextPollAt?: Date;
  lastError?: SourceError;
}

/** A running poller. */
export interface Poller {
  /** Polls every source now, then each on its own schedule. Idempotent; a stopped poller stays stopped. */
  start(): void;
  /** Cancels timers, abandons reads in flight and resolves when every loop has wound down. */
  stop(): Promise<void>;
  /**
   * Polls one source (or all) now and resolves when done. A poll already in flight is joined, not
   * doubled; a source inside a Retry-After window is not asked early. Before start() nothing is rescheduled.
   */
  pollNow(sourceId?: string): Promise<void>;
  /** The last successful reading of a pipeline, kept through later failures. */
  lastGood(pipelineId: string): LastGood | undefined;
  /** The most recent reading of a pipeline, good or not. */
  latest(pipelineId: string): PipelineReading | undefined;
  /** How the loop of a source stands. */
  sourceStatus(sourceId: string): SourceStatus | undefined;
  /** Adds a listener of readings; returns the function that removes it. */
  subscribe(listener: ReadingListener): () => void;
}

interface Loop {
  source: PipelineSource;
  pipelines: Pipeline[];
  intervalMs: number;
  timeoutMs: number;
  failures: number;
  /** Epoch ms before which the server asked not to be polled (Retry-After). */
  notBefore: number;
  lastError?: SourceError;
  nextPollAt?: Date;
  cancelTimer?: () => void;
  inFlight?: Promise<void>;
}

/** The Retry-After of a failed poll: the longest any pipeline's error asked for. */
function retryAfterOf(readings: PipelineReading[]): number | undefined {
  const asked = readings.flatMap((r) => (!r.ok && r.error.retryAfterMs !== undefined ? [r.error.retryAfterMs] : []));
  return asked.length > 0 ? Math.max(...asked) : undefined;
}

/** Builds a poller; nothing happens until start() or pollNow(). */
export function createPoller(options: PollerOptions): Poller {
  const { clock } = options;
  const random = options.random ?? Math.random;
  const minIntervalMs = options.minIntervalMs ?? DEFAULT_MIN_INTERVAL_MS;
  const maxBackoffMs = options.maxBackoffMs ?? DEFAULT_MAX_BACKOFF_MS;
  const limiter = createSemaphore(options.maxConcurrency ?? DEFAULT_MAX_CONCURRENCY);
  const stopController = new AbortController();
  const listeners = new Set<ReadingListener>();
  const lastGood = new Map<string, LastGood>();
  const latest = new Map<string, PipelineReading>();
  let started = false;

  const loops = new Map<string, Loop>(
    options.sources.map(({ source, config }) => [
      source.id,
      {
        source,
        pipelines: options.pipelines.filter((p) => p.source.id === source.id),
        intervalMs: config?.poll ? durationMs(config.poll) : (options.intervalMs ?? DEFAULT_INTERVAL_MS),
        timeoutMs: options.readDeadlineMs ?? readDeadlineMs(config),
        failures: 0,
        notBefore: 0,
      },
    ]),
  );

  const stopped = () => stopController.signal.aborted;

  function publish(loop: Loop, readings: PipelineReading[]): void {
    for (const reading of readings) {
      latest.set(reading.pipelineId, reading);
      if (reading.ok) lastGood.set(reading.pipelineId, { reading, at: new Date(reading.fetchedAt) });
    }
    const failed = readings.length > 0 && readings.every((r) => !r.ok);
    // A server that asks us to slow down is obeyed even if other pipelines of the same poll were read.
    const retryAfterMs = retryAfterOf(readings);
    loop.failures = failed ? loop.failures + 1 : 0;
    loop.lastError = readings.find((r) => !r.ok)?.error;
    loop.notBefore = retryAfterMs === undefined ? 0 : clock.now().getTime() + retryAfterMs;
    for (const listener of [options.onReading, ...listeners]) {
      try {
        listener?.(readings, loop.source);
      } catch (error) {
        options.onError?.(error, loop.source);
      }
    }
  }

  function schedule(loop: Loop): void {
    const retryAfterMs = loop.notBefore > 0 ? Math.max(0, loop.notBefore - clock.now().getTime()) : undefined;
    const delay = nextDelayMs({ intervalMs: loop.intervalMs, minIntervalMs, maxBackoffMs, failures: loop.failures, retryAfterMs, random });
    loop.nextPollAt = new Date(clock.now().getTime() + delay);
    loop.cancelTimer = clock.setTimer(() => void poll(loop), delay);
  }

  async function pollOnce(loop: Loop): Promise<void> {
    let release: () => void;
    try {
      release = await limiter.acquire(stopController.signal);
    } catch {
      return; // stopped while waiting for a slot
    }
    let readings: PipelineReading[];
    try {
      if (stopped()) return;
      readings = await readWithDeadline(loop.source, loop.pipelines, {
        clock,
        timeoutMs: loop.timeoutMs,
        stopSignal: stopController.signal,
        onError: (error) => options.onError?.(error, loop.source),
      });
    } finally {
      release();
    }
    if (stopped()) return;
    publish(loop, readings);
  }

  function poll(loop: Loop): Promise<void> {
    if (stopped() || loop.pipelines.length === 0) return Promise.resolve();
    if (loop.inFlight) return loop.inFlight;
    loop.cancelTimer?.();
    loop.cancelTimer = undefined;
    loop.nextPollAt = undefined;
    const inFlight = pollOnce(loop).finally(() => {
      loop.inFlight = undefined;
      if (started && !stopped()) schedule(loop);
    });
    loop.inFlight = inFlight;
    return inFlight;
  }

  return {
    start() {
      if (started || stopped()) return;
      started = true;
      for (const loop of loops.values()) void poll(loop);
    },
    async stop() {
      stopController.abort(new DOMException("poller stopped", "AbortError"));
      for (const loop of loops.values()) loop.cancelTimer?.();
      await Promise.all([...loops.values()].map((loop) => loop.inFlight));
    },
    async pollNow(sourceId) {
      if (sourceId !== undefined && !loops.has(sourceId)) throw new Error(`unknown source ${sourceId}`);
      const chosen = sourceId === undefined ? [...loops.values()] : [loops.get(sourceId)!];
      const now = clock.now().getTime();
      await Promise.all(chosen.filter((loop) => loop.inFlight || now >= loop.notBefore).map(poll));
    },
    lastGood: (pipelineId) => lastGood.get(pipelineId),
    latest: (pipelineId) => latest.get(pipelineId),
    sourceStatus(sourceId) {
      const loop = loops.get(sourceId);
      if (!loop) return undefined;
      return { polling: loop.inFlight !== undefined, failures: loop.failures, nextPollAt: loop.nextPollAt, lastError: loop.lastError };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
