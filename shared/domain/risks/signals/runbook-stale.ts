/** runbook-stale: a runbook not changed for more than N days (default 31: the seed's "monthly runbook updates"). */
import { DateTime } from "luxon";
import type { Runbook } from "../../workspace";
import type { Pipeline } from "../../workspace-schema";
import type { ZoneClock } from "../../rotation/zone-clock";
import type { RunbookChange, SignalDraft } from "./risk-signal";

/** One signal per runbook whose last change is more than `maxAgeDays` local calendar days ago; runbooks whose change date is unknown are not judged. */
export function runbookStaleSignals(
  pipelines: readonly Pipeline[],
  runbooks: Readonly<Record<string, Runbook>>,
  changes: Readonly<Record<string, RunbookChange | null | undefined>>,
  maxAgeDays: number,
  clock: ZoneClock,
  nowMs: number,
): SignalDraft[] {
  const zone = clock.zone;
  const now = DateTime.fromMillis(nowMs, { zone });
  const out: SignalDraft[] = [];
  for (const p of pipelines) {
    const runbook = runbooks[p.id];
    const change = changes[p.id];
    if (!runbook || !change) continue;
    const changed = DateTime.fromISO(change.at, { zone });
    if (!changed.isValid) continue;
    // Calendar days in the workspace's zone: the same wall-clock time N days later, whatever DST does in between.
    const staleAt = changed.plus({ days: maxAgeDays });
    if (!(now > staleAt)) continue;
    const days = Math.floor(now.diff(changed, "days").days);
    const how = change.from === "git" ? "its last commit" : "the file's modification time; it is not committed";
    out.push({
      kind: "runbook-stale",
      text: `The runbook of ${p.name} (${runbook.file}) last changed on ${changed.toFormat("yyyy-MM-dd")} (${how}), ${days} days ago: more than ${maxAgeDays} days. Review it with the team.`,
      pipelines: [p.id],
      engineers: [],
      source: null,
      from: clock.format(staleAt.toMillis()),
      until: null,
    });
  }
  return out;
}
