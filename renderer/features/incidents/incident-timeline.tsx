/** The incident's timeline, automatic and oldest first: alerts, the start, steps, notes, escalations, recovery actions and state changes, each with who and when (local time, UTC on hover). */
import type { TimelineEntry } from "../../../shared/domain/incidents/incident-timeline";
import { Section } from "../../components/section";
import { ZonedTime } from "../../components/zoned-time";
import type { IncidentNames } from "./incident-names";

/** The timeline section. */
export function IncidentTimeline({ entries, names, zone }: { entries: readonly TimelineEntry[]; names: IncidentNames; zone: string }) {
  return (
    <Section title="Timeline" count={entries.length}>
      <ol className="incident-timeline" aria-label="Timeline">
        {entries.map((entry, i) => (
          <li key={i} data-kind={entry.kind}>
            <span className="incident-timeline__at">
              <ZonedTime iso={entry.at} zone={zone} utc />
            </span>
            <span className="incident-timeline__who">{names.person(entry.by)}</span>
            <span className="incident-timeline__text">{entry.text}</span>
          </li>
        ))}
      </ol>
    </Section>
  );
}
