/**
 * The alert book: one alert per pipeline + interval + kind, raised from SLA conditions,
 * acknowledged and snoozed by people, resolved by itself once a verified reading shows the
 * problem gone. Persisted through a KeyValueStore after every change.
 */
import { z } from "zod";
import type { Acknowledgement } from "../../../shared/domain/kpis/kpis";
import type { AlertCondition, PipelineStatus } from "../../../shared/domain/sla/types";
import type { Alert, AlertState, AlertView } from "../../../shared/domain/status";
import type { Clock } from "../clock";
import type { KeyValueStore } from "./key-value-store";

const alertSchema = z.object({
  id: z.string(),
  pipelineId: z.string(),
  kind: z.enum(["late", "failed", "at-risk", "unknown"]),
  /** Null for `unknown`: it concerns the source, not an interval. */
  intervalEnd: z.string().nullable(),
  state: z.enum(["open", "acknowledged", "resolved"]),
  reason: z.string(),
  openedAt: z.string(),
  acknowledgedAt: z.string().optional(),
  acknowledgedBy: z.string().optional(),
  snoozedUntil: z.string().optional(),
  resolvedAt: z.string().optional(),
  resolution: z.string().optional(),
}) satisfies z.ZodType<Alert>;

export type { Alert, AlertState, AlertView };

/** Sent after every change: all alerts, and those raised by this change (for notifications). */
export interface AlertBookEvent {
  alerts: AlertView[];
  raised: AlertView[];
}

/** The alert book. */
export interface AlertBook {
  /** Raises, updates and resolves alerts from an evaluation at `now` (default: the clock); returns the alerts raised. */
  sync(statuses: readonly PipelineStatus[], now?: Date): AlertView[];
  /** Every alert, newest first, with its state at `now`. */
  list(now?: Date): AlertView[];
  /** Open, snoozed and acknowledged alerts (not resolved), newest first. */
  active(now?: Date): AlertView[];
  /** open/snoozed → acknowledged; returns the alert, or undefined when unknown or already resolved. */
  acknowledge(id: string, by?: string): AlertView | undefined;
  /** Silences an open alert until `until`; returns it, or undefined when unknown or not open. */
  snooze(id: string, until: Date): AlertView | undefined;
  /** The earliest end of a running snooze, when the book changes by time alone. */
  nextWake(now?: Date): Date | null;
  /** Acknowledged alerts, for MTTA. */
  acknowledgements(): Acknowledgement[];
  /** Adds a change listener; returns the function that removes it. */
  subscribe(listener: (event: AlertBookEvent) => void): () => void;
}

/** How the book is built. */
export interface AlertBookOptions {
  store: KeyValueStore;
  clock: Clock;
  /** Told when stored alerts were unreadable (they are kept aside in the store and the book starts fresh). */
  onProblem?: (message: string) => void;
}

const KEY = "alerts";
/** Resolved alerts are kept this long: the 30-day KPIs need their acknowledgements. */
const RETENTION_MS = 35 * 86_400_000;

/** The key of an interval alert; `unknown` alerts are keyed by when they opened, one outage each. */
function alertId(pipelineId: string, kind: Alert["kind"], intervalEnd: string | null, openedAt: string): string {
  return `${pipelineId}/${kind}/${intervalEnd ?? openedAt}`;
}

/** The state of `alert` at `nowIso`. */
export function alertState(alert: Alert, nowIso: string): AlertState {
  return alert.state === "open" && alert.snoozedUntil !== undefined && alert.snoozedUntil > nowIso ? "snoozed" : alert.state;
}

/** Opens the book stored in `options.store`. */
export function createAlertBook(options: AlertBookOptions): AlertBook {
  const { store, clock } = options;
  const listeners = new Set<(event: AlertBookEvent) => void>();
  const alerts = new Map<string, Alert>(load().map((a) => [a.id, a]));
  const nowIso = (now?: Date) => (now ?? clock.now()).toISOString();
  const view = (a: Alert, at: string): AlertView => ({ ...a, state: alertState(a, at) });

  function load(): Alert[] {
    const raw = store.get(KEY);
    if (raw === undefined) return [];
    const parsed = z.array(alertSchema).safeParse(raw);
    if (parsed.success) return parsed.data;
    const aside = `${KEY}-unreadable-${clock.now().getTime()}`;
    store.set(aside, raw);
    options.onProblem?.(`stored alerts were unreadable (${parsed.error.issues[0]?.message ?? "bad shape"}); kept them as "${aside}" and started fresh`);
    return [];
  }

  function list(now?: Date): AlertView[] {
    const at = nowIso(now);
    return [...alerts.values()].sort((a, b) => (a.openedAt < b.openedAt ? 1 : a.openedAt > b.openedAt ? -1 : a.id.localeCompare(b.id))).map((a) => view(a, at));
  }

  function commit(raised: Alert[], at: string): void {
    store.set(KEY, [...alerts.values()]);
    const event = { alerts: list(new Date(at)), raised: raised.map((a) => view(a, at)) };
    for (const listener of [...listeners]) listener(event);
  }

  /** The unresolved alert a condition speaks for, or the resolved one of the same interval (it reopens). */
  function existing(pipelineId: string, c: AlertCondition): Alert | undefined {
    if (c.intervalEnd !== null) return alerts.get(alertId(pipelineId, c.kind, c.intervalEnd, ""));
    return [...alerts.values()].find((a) => a.pipelineId === pipelineId && a.kind === c.kind && a.state !== "resolved");
  }

  /** Whether a verified status shows the problem of an alert without a current condition gone. */
  function cleared(a: Alert, s: PipelineStatus): boolean {
    if (!s.verified) return false;
    if (a.kind === "late" || a.kind === "failed") return s.newestSuccess !== null && a.intervalEnd !== null && s.newestSuccess >= a.intervalEnd;
    return true;
  }

  function sync(statuses: readonly PipelineStatus[], now?: Date): AlertView[] {
    const at = nowIso(now);
    const raised: Alert[] = [];
    let changed = false;
    for (const s of statuses) {
      const current = new Set<string>();
      for (const c of s.conditions) {
        const found = existing(s.pipelineId, c);
        if (!found) {
          const alert: Alert = { id: alertId(s.pipelineId, c.kind, c.intervalEnd, at), pipelineId: s.pipelineId, kind: c.kind, intervalEnd: c.intervalEnd, state: "open", reason: c.reason, openedAt: at };
          alerts.set(alert.id, alert);
          raised.push(alert);
          current.add(alert.id);
          continue;
        }
        current.add(found.id);
        if (found.state === "resolved") {
          // The same problem came back (an at-risk interval slipped again): the same alert reopens.
          alerts.set(found.id, { id: found.id, pipelineId: found.pipelineId, kind: found.kind, intervalEnd: found.intervalEnd, state: "open", reason: c.reason, openedAt: at });
          raised.push(alerts.get(found.id)!);
        } else if (found.reason !== c.reason) {
          found.reason = c.reason;
        } else continue;
        changed = true;
      }
      for (const a of alerts.values()) {
        if (a.pipelineId !== s.pipelineId || a.state === "resolved" || current.has(a.id) || !cleared(a, s)) continue;
        Object.assign(a, { state: "resolved", resolvedAt: at, resolution: a.kind === "unknown" ? "source readable again" : "recovered" });
        changed = true;
      }
    }
    for (const a of alerts.values()) {
      if (a.state === "resolved" && a.resolvedAt! < new Date(Date.parse(at) - RETENTION_MS).toISOString()) {
        alerts.delete(a.id);
        changed = true;
      }
    }
    if (changed || raised.length) commit(raised, at);
    return raised.map((a) => view(a, at));
  }

  return {
    sync,
    list,
    active: (now) => list(now).filter((a) => a.state !== "resolved"),
    acknowledge(id, by) {
      const a = alerts.get(id);
      if (!a || a.state !== "open") return undefined;
      const at = nowIso();
      Object.assign(a, { state: "acknowledged", acknowledgedAt: at, ...(by ? { acknowledgedBy: by } : {}) });
      delete a.snoozedUntil;
      commit([], at);
      return view(a, at);
    },
    snooze(id, until) {
      const a = alerts.get(id);
      if (!a || a.state !== "open") return undefined;
      a.snoozedUntil = until.toISOString();
      const at = nowIso();
      commit([], at);
      return view(a, at);
    },
    nextWake(now) {
      const at = nowIso(now);
      const ends = [...alerts.values()].filter((a) => alertState(a, at) === "snoozed").map((a) => a.snoozedUntil!);
      return ends.length ? new Date(ends.sort()[0]!) : null;
    },
    acknowledgements: () =>
      [...alerts.values()].flatMap((a) => (a.acknowledgedAt ? [{ pipelineId: a.pipelineId, openedAt: a.openedAt, acknowledgedAt: a.acknowledgedAt }] : [])),
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
