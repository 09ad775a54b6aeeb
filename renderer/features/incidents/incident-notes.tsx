/** The incident's notes, on the incident or on a step, newest last, and a field to add one. */
import type { IncidentNote } from "../../../shared/domain/incidents/fold-incident";
import { ActionError } from "../../components/action-error";
import { Section } from "../../components/section";
import { TextForm } from "../../components/text-form";
import { ZonedTime } from "../../components/zoned-time";
import { useIncidentNote } from "../../queries/incidents";
import type { IncidentNames } from "./incident-names";

/** The notes section; read-only once resolved. */
export function IncidentNotes({ incidentId, notes, names, zone, readOnly }: { incidentId: string; notes: readonly IncidentNote[]; names: IncidentNames; zone: string; readOnly: boolean }) {
  const add = useIncidentNote(incidentId);
  return (
    <Section title="Notes" count={notes.length}>
      {notes.length === 0 && <p className="status">No notes yet.</p>}
      {notes.length > 0 && (
        <ul className="notes" aria-label="Notes">
          {notes.map((note, i) => (
            <li key={i} className="note">
              <div className="cell__detail">
                {names.person(note.by)}, <ZonedTime iso={note.at} zone={zone} utc />
                {note.step !== null && <> · on step {note.step}</>}
              </div>
              <div className="plain-text">{note.text}</div>
            </li>
          ))}
        </ul>
      )}
      {!readOnly && <TextForm multiline label="Add a note" submit="Add note" busy={add.isPending} onSubmit={(text, clear) => add.mutate({ text }, { onSuccess: clear })} />}
      <ActionError error={add.error} what="add the note" />
    </Section>
  );
}
