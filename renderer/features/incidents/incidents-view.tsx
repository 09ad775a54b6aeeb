/**
 * Incidents: none are recorded yet (the incident work adds the journal, the checklist and the
 * postmortem). Until then the view says so and points at what the workspace holds for one: each open
 * alert's runbook.
 */
import { Link } from "wouter";
import { routes } from "../../../shared/ipc/routes";
import type { ViewProps } from "../../app/route-table";
import { alertLabel, needsAnswer } from "../../components/alert-text";
import { ViewHeader } from "../../components/view-header";
import { useStatus } from "../../queries/status";

function Body() {
  const alerts = (useStatus().data?.alerts ?? []).filter(needsAnswer);
  const names = new Map((useStatus().data?.pipelines ?? []).map((p) => [p.id, p.name]));
  return (
    <>
      <p className="status">No incidents are recorded on this machine. An incident starts from an alert and follows its pipeline's runbook.</p>
      {alerts.length > 0 && (
        <ul className="link-list" data-list aria-label="Runbooks of the open alerts">
          {alerts.map((alert) => (
            <li key={alert.id}>
              {alertLabel(alert, names.get(alert.pipelineId) ?? alert.pipelineId)}:{" "}
              <Link href={routes.runbook(alert.pipelineId)} data-list-item>
                its runbook
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The incident list. */
export function IncidentsView(_: ViewProps) {
  return (
    <div className="view">
      <ViewHeader title="Incidents" />
      <Body />
    </div>
  );
}

/** One incident by id: none is recorded yet, so the view says which one was asked for. */
export function IncidentView({ params }: ViewProps) {
  return (
    <div className="view">
      <ViewHeader title="Incident" />
      <p className="status">
        Incident <code>{params.id}</code> is not recorded on this machine. <Link href={routes.incidents()}>All incidents</Link>
      </p>
    </div>
  );
}
