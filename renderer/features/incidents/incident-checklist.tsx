/**
 * The incident's checklist, frozen from the runbook at the start: each step done, skipped (a reason
 * is required) or reopened, a note per step, and who did it when. Nothing is deleted: a reopen is
 * recorded like any other outcome.
 */
import { useState } from "react";
import type { IncidentStep } from "../../../shared/domain/incidents/fold-incident";
import { ActionError } from "../../components/action-error";
import { Badge } from "../../components/badge";
import { Section } from "../../components/section";
import { TextForm } from "../../components/text-form";
import { ZonedTime } from "../../components/zoned-time";
import { useIncidentNote, useIncidentStep } from "../../queries/incidents";
import type { IncidentNames } from "./incident-names";

type Editing = "skip" | "note" | null;

function Step({ incidentId, step, names, zone, readOnly }: { incidentId: string; step: IncidentStep; names: IncidentNames; zone: string; readOnly: boolean }) {
  const [editing, setEditing] = useState<Editing>(null);
  const setStep = useIncidentStep(incidentId);
  const note = useIncidentNote(incidentId);
  const busy = setStep.isPending || note.isPending;
  const done = () => setEditing(null);
  return (
    <li className="step" data-step={step.n} data-status={step.status}>
      <div className="step__head">
        <span className="step__n">{step.n}</span>
        <span className="step__text">{step.text}</span>
        <Badge kind={`step-${step.status}`}>{step.status === "todo" ? "to do" : step.status}</Badge>
      </div>
      {step.at && (
        <div className="cell__detail">
          {step.status === "todo" ? "reopened" : step.status} by {names.person(step.by)}, <ZonedTime iso={step.at} zone={zone} utc />
          {step.reason && <> · reason: {step.reason}</>}
        </div>
      )}
      {step.note && <div className="step__note">Note: {step.note}</div>}
      {!readOnly && editing === null && (
        <div className="row step__actions">
          {step.status === "todo" ? (
            <>
              <button type="button" className="button button--primary" disabled={busy} onClick={() => setStep.mutate({ n: step.n, outcome: "done" })}>
                Done<span className="sr-only"> step {step.n}</span>
              </button>
              <button type="button" className="button" disabled={busy} onClick={() => setEditing("skip")}>
                Skip<span className="sr-only"> step {step.n}</span>
              </button>
            </>
          ) : (
            <button type="button" className="button" disabled={busy} onClick={() => setStep.mutate({ n: step.n, outcome: "reopened" })}>
              Reopen<span className="sr-only"> step {step.n}</span>
            </button>
          )}
          <button type="button" className="button button--quiet" disabled={busy} onClick={() => setEditing("note")}>
            Note<span className="sr-only"> on step {step.n}</span>
          </button>
        </div>
      )}
      {editing === "skip" && (
        <TextForm autoFocus label={`Why skip step ${step.n}?`} submit={`Skip step ${step.n}`} busy={busy} onCancel={done} onSubmit={(reason) => setStep.mutate({ n: step.n, outcome: "skipped", reason }, { onSuccess: done })} />
      )}
      {editing === "note" && <TextForm autoFocus label={`Note on step ${step.n}`} submit="Save note" busy={busy} onCancel={done} onSubmit={(text) => note.mutate({ text, step: step.n }, { onSuccess: done })} />}
      <ActionError error={setStep.error} what={`change step ${step.n}`} />
      <ActionError error={note.error} what={`save the note on step ${step.n}`} />
    </li>
  );
}

/** The checklist section. */
export function IncidentChecklist({ incidentId, steps, names, zone, readOnly }: { incidentId: string; steps: readonly IncidentStep[]; names: IncidentNames; zone: string; readOnly: boolean }) {
  const done = steps.filter((s) => s.status === "done").length;
  return (
    <Section title="Checklist" count={steps.length}>
      <p className="cell__detail">
        {done} of {steps.length} done · the runbook's troubleshooting steps as they were when the incident started
      </p>
      <ol className="checklist" aria-label="Checklist">
        {steps.map((step) => (
          <Step key={step.n} incidentId={incidentId} step={step} names={names} zone={zone} readOnly={readOnly} />
        ))}
      </ol>
    </Section>
  );
}
