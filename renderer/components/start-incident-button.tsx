/** "Start incident" for a pipeline or one of its alerts: starts it in main (incidents:start, with the runbook's checklist as it is now) and opens it. */
import { useMutation } from "@tanstack/react-query";
import { useLocation } from "wouter";
import { routes } from "../../shared/ipc/routes";
import { errorText, oncall } from "../api";

/** The button; `label` names what it starts the incident for ("Aggregate Profit"), for a screen reader. */
export function StartIncidentButton({ pipelineId, alertId, label, quiet = false }: { pipelineId: string; alertId?: string; label: string; quiet?: boolean }) {
  const [, navigate] = useLocation();
  const start = useMutation({
    mutationFn: () => oncall().startIncident(alertId === undefined ? { pipelineId } : { alertId, pipelineId }),
    onSuccess: (incident) => navigate(routes.incident(incident.id)),
  });
  return (
    <>
      <button type="button" className={`button${quiet ? " button--quiet" : ""}`} disabled={start.isPending} onClick={() => start.mutate()}>
        Start incident<span className="sr-only"> for {label}</span>
      </button>
      {start.isError && (
        <span className="status status--error" role="alert">
          Could not start the incident: {errorText(start.error)}
        </span>
      )}
    </>
  );
}
