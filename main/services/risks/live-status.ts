/** What the running status monitor adds to the risk signals: the sources that cannot be read and since when, and the 7-day KPIs. */
import type { LiveStatus, SourceOutage } from "../../../shared/domain/risks/signals/risk-signal";
import { SLA_SIGNAL_DAYS } from "../../../shared/domain/risks/signals/sla-below-target";
import type { Workspace } from "../../../shared/domain/workspace";
import type { StatusMonitor } from "../status/monitor";

/**
 * The sources whose last poll failed for every pipeline. Since when comes from the alert book: a
 * pipeline that cannot be read has an open `unknown` alert from the moment it could not be, and the
 * book is kept across restarts (and across `oncall-desk` runs, under --state), so an outage is
 * dated even by a process that has just started.
 */
export function sourceOutages(monitor: Pick<StatusMonitor, "sourceStatus" | "book">, workspace: Pick<Workspace, "sources" | "pipelines">, now: Date): SourceOutage[] {
  const unknownSince = new Map<string, string>();
  for (const alert of monitor.book.active(now)) if (alert.kind === "unknown") unknownSince.set(alert.pipelineId, alert.openedAt);
  return workspace.sources.flatMap((source) => {
    const status = monitor.sourceStatus(source.id);
    if (!status?.lastError || status.failures === 0) return [];
    const opened = workspace.pipelines.flatMap((p) => (p.source.id === source.id && unknownSince.has(p.id) ? [unknownSince.get(p.id)!] : []));
    if (opened.length === 0) return [];
    // Down as a whole since the last of its pipelines became unreadable.
    const since = opened.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
    return [{ sourceId: source.id, since, reason: status.lastError.message }];
  });
}

/** The live part of the risk signals at the monitor's now. */
export function liveStatus(monitor: Pick<StatusMonitor, "sourceStatus" | "book" | "kpis">, workspace: Pick<Workspace, "sources" | "pipelines">, now: Date): LiveStatus {
  return { outages: sourceOutages(monitor, workspace, now), kpis: monitor.kpis(SLA_SIGNAL_DAYS) };
}
