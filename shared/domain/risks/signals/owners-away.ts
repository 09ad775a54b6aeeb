/** owners-away: a pipeline whose P1 and P2 are both on time off now or within the next 7 days (the seed's "Team availability" risk). */
import { DateTime } from "luxon";
import type { AwayIndex } from "../../rotation/time-off-index";
import type { ZoneClock } from "../../rotation/zone-clock";
import type { Engineer, Pipeline } from "../../workspace-schema";
import type { SignalDraft } from "./risk-signal";

/** How far ahead a shared absence is signalled. */
export const OWNERS_AWAY_LOOKAHEAD_DAYS = 7;

/** One signal per stretch of days both owners of a pipeline are away, from 7 local days before it starts until it ends. */
export function ownersAwaySignals(pipelines: readonly Pipeline[], team: readonly Engineer[], away: AwayIndex, clock: ZoneClock, nowMs: number): SignalDraft[] {
  const zone = clock.zone;
  const horizon = DateTime.fromMillis(nowMs, { zone }).plus({ days: OWNERS_AWAY_LOOKAHEAD_DAYS }).toMillis();
  const nameOf = (id: string) => team.find((e) => e.id === id)?.name ?? id;
  // Time off is whole local days: the last day is the one before the (exclusive) end.
  const day = (ms: number) => DateTime.fromMillis(ms, { zone }).toFormat("ccc LLL d");
  const out: SignalDraft[] = [];
  for (const p of pipelines) {
    const { primary, secondary } = p.owners;
    for (const a of away.spans(primary)) {
      for (const b of away.spans(secondary)) {
        const start = Math.max(a.start, b.start);
        const end = Math.min(a.end, b.end);
        if (end <= start || end <= nowMs || start > horizon) continue;
        const last = day(DateTime.fromMillis(end, { zone }).minus({ days: 1 }).toMillis());
        const when = start <= nowMs ? `now, through ${last}` : `from ${day(start)} through ${last}`;
        out.push({
          kind: "owners-away",
          text: `Both owners of ${p.name} are away ${when} (P1 ${nameOf(primary)}, P2 ${nameOf(secondary)}): its alerts go to the on-call engineer and the escalation chain.`,
          pipelines: [p.id],
          engineers: [primary, secondary],
          source: null,
          from: clock.format(start),
          until: clock.format(end),
        });
      }
    }
  }
  return out;
}
