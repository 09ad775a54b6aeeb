/** source-down: a source that has been unreadable for more than 10 minutes. */
import { formatDuration } from "../../duration";
import { instantMs } from "../../sla/instant";
import { zoneText } from "../../sla/zone-text";
import type { ZoneClock } from "../../rotation/zone-clock";
import type { Pipeline } from "../../workspace-schema";
import type { SignalDraft, SourceOutage } from "./risk-signal";

/** Shorter outages are a poll or two lost, which the status already shows. */
export const SOURCE_DOWN_AFTER_MS = 10 * 60_000;

/** One signal per source unreadable for more than 10 minutes, holding from when it became unreadable. */
export function sourceDownSignals(outages: readonly SourceOutage[], pipelines: readonly Pipeline[], clock: ZoneClock, nowMs: number): SignalDraft[] {
  const when = zoneText(clock.zone, nowMs);
  return outages.flatMap((o) => {
    const since = instantMs(o.since);
    if (!(nowMs - since > SOURCE_DOWN_AFTER_MS)) return [];
    const affected = pipelines.filter((p) => p.source.id === o.sourceId);
    return [
      {
        kind: "source-down" as const,
        text: `Source ${o.sourceId} has been unreadable for ${formatDuration(nowMs - since)}, since ${when(since)}: ${o.reason}. ${affected.map((p) => p.name).join(", ") || "No pipeline"} cannot be verified.`,
        pipelines: affected.map((p) => p.id),
        engineers: [],
        source: o.sourceId,
        from: clock.format(since),
        until: null,
      },
    ];
  });
}
