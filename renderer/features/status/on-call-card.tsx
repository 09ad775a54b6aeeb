/** Who is on call now, in which slot, until when, and who follows. */
import type { OnCallView } from "../../../shared/domain/rotation/on-call-view";
import { Section } from "../../components/section";
import { ZonedTime } from "../../components/zoned-time";

/** The card; `view` is main's answer at its now. */
export function OnCallCard({ view }: { view: OnCallView }) {
  const { shift, zone } = view;
  const contact = shift ? [shift.contact.phone, shift.contact.slack, shift.contact.email].filter(Boolean).join(" · ") : "";
  return (
    <Section title="On call now">
      {shift ? (
        <div className="oncall">
          <div className="oncall__name">{shift.name}</div>
          <div>
            {shift.slot} slot until <ZonedTime iso={shift.end} zone={zone} />
            {shift.covers && <span className="muted"> · covering {shift.covers}</span>}
            {view.holiday && <span className="muted"> · {view.holiday}</span>}
          </div>
          {contact && <div className="cell__detail">{contact}</div>}
        </div>
      ) : (
        <p className="status status--error">Nobody is on call: the schedule has a gap here.</p>
      )}
      {view.next.length > 0 && (
        <ol className="oncall__next" aria-label="Next shifts">
          {view.next.map((s) => (
            <li key={s.start}>
              <ZonedTime iso={s.start} zone={zone} /> — {s.name} ({s.slot})
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
