/**
 * Live pipeline status for one workspace: its sources, the poller, the alert book and the status
 * service, wired the one way data flows (sources → poller → SLA evaluation → alert book). The CLI's
 * `status` and the app both run this; only the store, the secrets and the clock differ.
 */
import type { Workspace } from "../../../shared/domain/workspace";
import type { PipelineReading } from "../../../shared/domain/runs";
import type { StatusSnapshot } from "../../../shared/domain/status";
import { createAlertBook, type AlertBook } from "../alerts/alert-book";
import type { KeyValueStore } from "../alerts/key-value-store";
import type { Clock } from "../clock";
import { createPoller, type SourceStatus } from "../poller/poller";
import { createSource } from "../sources/create-source";
import { createDemoSource } from "../sources/demo-source";
import type { SecretEnv } from "../sources/http/credentials";
import { computeKpis, type KpiIncident, type KpiReport } from "../../../shared/domain/kpis/kpis";
import type { ReadingCoverage } from "../../../shared/domain/runs";
import { pipelineHistory, type PipelineHistory } from "../../../shared/domain/sla/pipeline-history";
import { createStatusService, type StatusService } from "./status-service";

/** What a monitor needs from outside. */
export interface StatusMonitorOptions {
  workspace: Pick<Workspace, "pipelines" | "sources" | "timezone" | "kpis">;
  /** Where alerts persist (electron-store in the app, conf or memory in the CLI). */
  store: KeyValueStore;
  clock: Clock;
  /** Secrets by variable name, for sources with `auth.password_env`. */
  env: SecretEnv;
  fetch?: typeof fetch;
  /** Read and evaluate at this fixed instant (`status --at`): sources simulate it, no deadline timer is armed. */
  at?: Date;
  /** One line about something that went wrong without stopping the monitor (unreadable store, a source breaking its contract). */
  onProblem: (message: string) => void;
}

/** A workspace's live status. */
export interface StatusMonitor {
  readonly book: AlertBook;
  readonly status: StatusService;
  /** Polls every source now, then each on its own schedule, until stop(). */
  start(): void;
  /** Reads every source once and returns the snapshot evaluated on the result. */
  readOnce(): Promise<StatusSnapshot>;
  /** Polls one source (or all) now, as the poller's pollNow; rejects for an unknown source id. */
  pollNow(sourceId?: string): Promise<void>;
  /** How a source's polling stands; undefined for an unknown source id. */
  sourceStatus(sourceId: string): SourceStatus | undefined;
  /** The pipeline's last good reading (its runs outlive a failed poll), else its latest failed one; undefined before the first poll. */
  reading(pipelineId: string): PipelineReading | undefined;
  /**
   * The KPIs of the last `days` days from the runs last read and the alert book's acknowledgements,
   * against the workspace's targets; `incidents` (the incident store's `incidentTimes`) give the
   * resolution time and add to response. Without them resolution shows "no incidents in the window".
   */
  kpis(days: number, incidents?: readonly KpiIncident[]): KpiReport;
  /** One pipeline's intervals over the last `days` days and its newest runs, from the runs last read; undefined for an unknown pipeline id. */
  history(pipelineId: string, days: number): PipelineHistory | undefined;
  /** Stops polling and the deadline timer; resolves when reads in flight have wound down. */
  stop(): Promise<void>;
}

/** A clock that reads `at` but keeps real timers: read deadlines still expire when `--at` pins the instant. */
function pinnedClock(clock: Clock, at: Date): Clock {
  return { now: () => new Date(at), setTimer: (fn, ms) => clock.setTimer(fn, ms) };
}

/** Builds the monitor; nothing is read until start() or readOnce(). */
export function createStatusMonitor(options: StatusMonitorOptions): StatusMonitor {
  const { workspace, onProblem } = options;
  const clock = options.at ? pinnedClock(options.clock, options.at) : options.clock;
  const book = createAlertBook({ store: options.store, clock, onProblem });
  const status = createStatusService({ pipelines: workspace.pipelines, sources: workspace.sources, book, clock, at: options.at, zone: workspace.timezone });
  const poller = createPoller({
    sources: workspace.sources.map((config) => ({ source: createSource(config, { env: options.env, fetch: options.fetch, demo: createDemoSource }), config })),
    pipelines: workspace.pipelines,
    clock,
    onReading: (readings) => status.accept(readings),
    onError: (error, source) => onProblem(`source ${source.id}: ${error instanceof Error ? error.message : String(error)}`),
  });
  // The last good runs: while a source is down, the KPIs and histories still speak of what is known.
  /** The last reading that succeeded: while a source is down, KPIs and history still speak of what is known. */
  const lastGoodReading = (pipelineId: string) => {
    const reading = poller.lastGood(pipelineId)?.reading;
    return reading?.ok ? reading : undefined;
  };
  return {
    book,
    status,
    start: () => poller.start(),
    async readOnce() {
      await poller.pollNow();
      return status.snapshot();
    },
    pollNow: (sourceId) => poller.pollNow(sourceId),
    sourceStatus: (sourceId) => poller.sourceStatus(sourceId),
    reading: (pipelineId) => poller.lastGood(pipelineId)?.reading ?? poller.latest(pipelineId),
    kpis(days, incidents) {
      const readings = workspace.pipelines.flatMap((p) => lastGoodReading(p.id) ?? []);
      const runs = new Map(readings.map((r) => [r.pipelineId, r.runs] as const));
      // A reading that reaches back less than the window says so; the KPIs then state the range they cover.
      const coverage = new Map(readings.flatMap((r): [string, ReadingCoverage][] => (r.coverage ? [[r.pipelineId, r.coverage]] : [])));
      return computeKpis(
        {
          pipelines: workspace.pipelines,
          runs,
          acknowledgements: book.acknowledgements(),
          targets: workspace.kpis,
          now: clock.now(),
          zone: workspace.timezone,
          coverage,
          incidents,
        },
        days,
      );
    },
    history(pipelineId, days) {
      const pipeline = workspace.pipelines.find((p) => p.id === pipelineId);
      return pipeline && pipelineHistory(pipeline, lastGoodReading(pipelineId)?.runs ?? [], clock.now(), days);
    },
    async stop() {
      status.stop();
      await poller.stop();
    },
  };
}
