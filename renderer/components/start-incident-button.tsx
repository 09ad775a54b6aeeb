/** "Start incident" for a pipeline or one of its alerts: starts it in main and opens it; an incident already open for the pipeline is opened instead of starting another. */
import { Link, useLocation } from "wouter";
import { routes } from "../../shared/ipc/routes";
import { errorText } from "../api";
import { useIncidents, useStartIncident } from "../queries/incidents";

/** The button; `label` names what it starts the incident for ("Aggregate Profit", "Aggregate Profit late alert"). */
export function StartIncidentButton({ pipelineId, alertId, label, quiet = false }: { pipelineId: string; alertId?: string; label: string; quiet?: boolean }) {
  const [, navigate] = useLocation();
  const start = useStartIncident();
  const open = useIncidents().data?.find((i) => i.pipeline === pipelineId && i.state !== "resolved");
  const className = `button${quiet ? " button--quiet" : ""}`;
  if (open) {
    return (
      <Link href={routes.incident(open.id)} className={className}>
        Open incident<span className="sr-only"> for {label}</span>
      </Link>
    );
  }
  return (
    <>
      <button
        type="button"
        className={className}
        disabled={start.isPending}
        onClick={() => start.mutate(alertId === undefined ? { pipelineId } : { alertId, pipelineId }, { onSuccess: (incident) => navigate(routes.incident(incident.id)) })}
      >
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
