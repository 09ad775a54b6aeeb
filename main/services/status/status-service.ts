/**
 * Ties readings, the SLA engine and the alert book into one snapshot that the tray, the window and
 * the CLI all show. Re-evaluates on every reading and, through its own timer, at the next deadline,
 * at-risk threshold, staleness instant or snooze end, so a breach is announced when it happens.
 */
import type { PipelineReading } from "../../../shared/domain/runs";
import { evaluatePipelines, nextDeadline } from "../../../shared/domain/sla/evaluate-workspace";
import { instantMs } from "../../../shared/domain/sla/instant";
import { createRunIndex, type RunIndex } from "../../../shared/domain/sla/run-index";
import type { PipelineStatus } from "../../../shared/domain/sla/types";
import type { PipelineSnapshot, StatusSnapshot } from "../../../shared/domain/status";
import type { Pipeline, SourceConfig } from "../../../shared/domain/workspace-schema";
import type { AlertBook } from "../alerts/alert-book";
import { createDeadlineTimer } from "../alerts/deadline-timer";
import type { Clock } from "../clock";

export type { PipelineSnapshot, StatusSnapshot };

/** The status service. */
export interface StatusService {
  /** Takes new readings (from the poller) and re-evaluates. */
  accept(readings: readonly PipelineReading[]): void;
  /** Evaluates at the clock's now (or `at`), syncs alerts, re-arms the timer and returns the snapshot. */
  refresh(at?: Date): StatusSnapshot;
  /** The last snapshot. */
  snapshot(): StatusSnapshot;
  /** The SLA statuses behind the last snapshot. */
  statuses(): readonly PipelineStatus[];
  /** Called when the snapshot changes (states, reasons, deadlines, alerts); returns the unsubscribe function. */
  subscribe(listener: (snapshot: StatusSnapshot) => void): () => void;
  /** Cancels the timer and stops following the alert book; readings are still accepted but nothing wakes by itself. */
  stop(): void;
}

/** What the service watches. */
export interface StatusServiceOptions {
  pipelines: readonly Pipeline[];
  sources: readonly SourceConfig[];
  book: AlertBook;
  clock: Clock;
  /** Evaluate at this fixed instant instead of the clock (`status --at`): no timer is armed. */
  at?: Date;
  /** Where run histories are kept across polls; a new index by default. */
  runIndex?: RunIndex;
  /** The workspace's timezone, which reasons are written in; UTC when absent. */
  zone?: string;
}

/** Builds the service; call `accept` with readings, or `refresh` to evaluate what it has. */
export function createStatusService(options: StatusServiceOptions): StatusService {
  const { book, clock } = options;
  const readings = new Map<string, PipelineReading>();
  const lastGood = new Map<string, PipelineReading>();
  // Each poll brings every run again; the index re-reads only the ones that changed.
  const runIndex = options.runIndex ?? createRunIndex();
  const listeners = new Set<(snapshot: StatusSnapshot) => void>();
  const demoSources = new Set(options.sources.filter((s) => s.kind === "demo").map((s) => s.id));
  const timer = createDeadlineTimer(clock, () => refresh());
  let statuses: PipelineStatus[] = [];
  let current: StatusSnapshot = { at: (options.at ?? clock.now()).toISOString(), pipelines: [], alerts: [] };
  let shownKey = "";
  let refreshing = false;
  // An acknowledgement or snooze from a view changes the snapshot too; sync's own events are ours.
  const unsubscribeBook = book.subscribe(() => {
    if (!refreshing) refresh();
  });

  function age(pipelineId: string, nowMs: number): number | null {
    const shown = lastGood.get(pipelineId);
    return shown ? nowMs - instantMs(shown.fetchedAt) : null;
  }

  function refresh(at?: Date): StatusSnapshot {
    const now = at ?? options.at ?? clock.now();
    statuses = evaluatePipelines({ pipelines: options.pipelines, sources: options.sources, readings, lastGood, runIndex, zone: options.zone }, now);
    refreshing = true;
    try {
      book.sync(statuses, now);
    } finally {
      refreshing = false;
    }
    const byId = new Map(options.pipelines.map((p) => [p.id, p]));
    current = {
      at: now.toISOString(),
      pipelines: statuses.map((s) => {
        const p = byId.get(s.pipelineId)!;
        return {
          id: p.id,
          name: p.name,
          state: s.state,
          reason: s.reason,
          deadline: s.deadline,
          lastRun: s.lastRun,
          source: p.source.id,
          demo: demoSources.has(p.source.id),
          age: age(p.id, now.getTime()),
          warnings: s.warnings,
        };
      }),
      alerts: book.active(now),
    };
    if (!options.at) {
      // Only instants ahead: a wake at or before now would spin.
      const wakes = [nextDeadline(statuses), book.nextWake(now)].filter((d): d is Date => d !== null && d > now);
      timer.arm(wakes.length ? new Date(Math.min(...wakes.map((d) => d.getTime()))) : null);
    }
    // Age moves every millisecond; a change is anything else.
    const key = JSON.stringify([current.pipelines.map(({ age: _age, ...rest }) => rest), current.alerts]);
    if (key !== shownKey) {
      shownKey = key;
      for (const listener of [...listeners]) listener(current);
    }
    return current;
  }

  return {
    accept(batch) {
      for (const r of batch) {
        readings.set(r.pipelineId, r);
        if (r.ok) lastGood.set(r.pipelineId, r);
      }
      refresh();
    },
    refresh,
    snapshot: () => current,
    statuses: () => statuses,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    stop() {
      timer.stop();
      unsubscribeBook();
    },
  };
}
