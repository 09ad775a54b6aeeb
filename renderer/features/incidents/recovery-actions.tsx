/**
 * Recovery actions for the run the incident answers: open it in Airflow or the Spark History Server,
 * and "Clear the failed tasks" — a dry run listing the task instances first, then only after the user
 * confirms, the real call. Refusals (403) and failures are shown in main's words; every outcome is on
 * the timeline (main records it).
 */
import { useState } from "react";
import { taskLabel, type ClearOutcome, type RecoveryAction } from "../../../shared/domain/incidents/recovery";
import { errorText } from "../../api";
import { ActionError } from "../../components/action-error";
import { Section } from "../../components/section";
import { useClearFailedTasks, usePreviewClear, useRecoveryActions } from "../../queries/incidents";

function Outcome({ outcome }: { outcome: ClearOutcome }) {
  const bad = outcome.outcome !== "succeeded";
  return (
    <p className={bad ? "status status--error" : "status"} role={bad ? "alert" : "status"} data-outcome={outcome.outcome} data-dry-run={outcome.dryRun}>
      {outcome.dryRun ? "Dry run" : "Clear"} {outcome.outcome === "refused" ? "refused" : outcome.outcome === "failed" ? "failed" : "done"}: {outcome.detail}
    </p>
  );
}

type Clear = ReturnType<typeof useClearFailedTasks>;

/** The dry run, its list and the confirm step, then the real clear (`clear`, owned by the section: see there). */
function ClearFailedTasks({ incidentId, action, readOnly, clear }: { incidentId: string; action: Extract<RecoveryAction, { kind: "clear-failed-tasks" }>; readOnly: boolean; clear: Clear }) {
  const preview = usePreviewClear(incidentId);
  const [confirming, setConfirming] = useState(false);
  const dry = preview.data?.outcome;
  const ready = confirming && dry?.outcome === "succeeded" && dry.taskInstances.length > 0;
  return (
    <div className="recovery__clear" data-action="clear-failed-tasks">
      <p>
        {action.label} <span className="cell__detail mono">{action.dagId} · {action.runId}</span>
      </p>
      {!readOnly && !confirming && (
        <button
          type="button"
          className="button"
          disabled={preview.isPending}
          onClick={() => {
            clear.reset();
            preview.mutate(undefined, { onSuccess: () => setConfirming(true) });
          }}
        >
          Clear the failed tasks: dry run first
        </button>
      )}
      {preview.isPending && <p className="status">Asking Airflow what it would clear…</p>}
      {confirming && dry && <Outcome outcome={dry} />}
      {ready && (
        <div className="recovery__confirm">
          <ul className="recovery__tasks" aria-label="Task instances the clear would reset">
            {dry.taskInstances.map((t) => (
              <li key={taskLabel(t)} className="mono">
                {taskLabel(t)}
                {t.state && <span className="muted"> ({t.state})</span>}
              </li>
            ))}
          </ul>
          <div className="row">
            <button
              type="button"
              className="button button--primary"
              disabled={clear.isPending}
              onClick={() => clear.mutate(dry.runId, { onSuccess: () => setConfirming(false) })}
            >
              Clear {dry.taskInstances.length} task instance{dry.taskInstances.length === 1 ? "" : "s"} now
            </button>
            <button type="button" className="button button--quiet" disabled={clear.isPending} onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {confirming && dry && !ready && (
        <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
          Close
        </button>
      )}
      <ActionError error={preview.error} what="ask Airflow for the dry run" />
    </div>
  );
}

/** The recovery section; actions are not offered once the incident is resolved, links still are. */
export function RecoveryActions({ incidentId, readOnly }: { incidentId: string; readOnly: boolean }) {
  const options = useRecoveryActions(incidentId, true);
  // The clear's result lives here, not in the action: a successful clear queues the run again, the
  // refreshed list no longer offers the action, and its outcome must not vanish with it.
  const clear = useClearFailedTasks(incidentId);
  const data = options.data;
  return (
    <Section title="Recovery actions">
      {options.isPending && <p className="status">Looking for the run this incident answers…</p>}
      {options.isError && <p className="status status--error">Could not read the recovery actions: {errorText(options.error)}</p>}
      {data && (
        <div className="recovery">
          {data.run && (
            <p className="cell__detail">
              Run <span className="mono">{data.run.runId}</span> ({data.run.state}){data.source && <> on {data.source.id}</>}
            </p>
          )}
          {data.actions.map((action) =>
            action.kind === "clear-failed-tasks" ? (
              <ClearFailedTasks key={action.kind} incidentId={incidentId} action={action} readOnly={readOnly} clear={clear} />
            ) : (
              <p key={action.kind}>
                <a className="button" href={action.url} target="_blank" rel="noreferrer" data-action={action.kind}>
                  {action.label}
                </a>
              </p>
            ),
          )}
          {clear.data && <Outcome outcome={clear.data.outcome} />}
          <ActionError error={clear.error} what="clear the failed tasks" />
          {data.notes.length > 0 && (
            <ul className="recovery__notes" aria-label="Why some actions are not offered">
              {data.notes.map((note) => (
                <li key={note} className="status">
                  {note}
                </li>
              ))}
            </ul>
          )}
          {data.actions.length === 0 && data.notes.length === 0 && <p className="status">No recovery action for this pipeline's source.</p>}
        </div>
      )}
    </Section>
  );
}
