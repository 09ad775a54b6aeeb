/** Who is on call now and next, with the countdown to the hand-over; "you" when it is this machine's engineer. */
import type { OnCallView, ShiftView } from "../../../shared/domain/rotation/on-call-view";
import { Badge } from "../../components/badge";
import { relativeTime } from "../../components/relative-time";
import { formatZoned, formatZonedTime } from "../../components/zoned-time";

function Who({ shift, me }: { shift: ShiftView; me: string | null }) {
  return (
    <>
      <span className="oncall__name" data-oncall-name>
        {shift.name}
      </span>
      {shift.engineer === me && <Badge kind="you">you</Badge>}
    </>
  );
}

/** The strip; `view` is main's answer, `now` the clock, `me` the engineer this machine belongs to. */
export function OnCallStrip({ view, now, me }: { view: OnCallView; now: number; me: string | null }) {
  const { shift, zone } = view;
  const next = view.next[0];
  const contact = shift ? [shift.contact.phone, shift.contact.slack, shift.contact.email].filter(Boolean).join(" · ") : "";
  return (
    <div className="oncall-strip">
      <section className="oncall oncall--now" aria-label="On call now">
        <h2 className="oncall__label">On call now</h2>
        {shift ? (
          <>
            <div className="oncall__who">
              <Who shift={shift} me={me} />
            </div>
            <div className="oncall__when">
              {shift.slot} slot · hands over <strong>{relativeTime(shift.end, now)}</strong> at <time dateTime={shift.end} title={formatZoned(shift.end, zone)}>{formatZonedTime(shift.end, zone)}</time>
              {shift.covers && <span> · covering {shift.covers}</span>}
              {view.holiday && <span> · {view.holiday}</span>}
            </div>
            {contact && <div className="cell__detail">{contact}</div>}
          </>
        ) : (
          <p className="status status--error">Nobody is on call: the schedule has a gap here.</p>
        )}
      </section>
      {next && (
        <section className="oncall oncall--next" aria-label="On call next">
          <h2 className="oncall__label">Next</h2>
          <div className="oncall__who">
            <Who shift={next} me={me} />
          </div>
          <div className="oncall__when">
            {next.slot} slot from <time dateTime={next.start} title={formatZoned(next.start, zone)}>{formatZonedTime(next.start, zone)}</time> ({relativeTime(next.start, now)})
          </div>
          {view.next.length > 1 && (
          <ol className="oncall__later" aria-label="Later shifts">
            {view.next.slice(1).map((s) => (
              <li key={s.start}>
                <time dateTime={s.start}>{formatZoned(s.start, zone)}</time> — {s.name} ({s.slot}){s.engineer === me ? " · you" : ""}
              </li>
            ))}
          </ol>
          )}
        </section>
      )}
    </div>
  );
}
