/**
 * One incident: the checklist to step through, notes, escalation and recovery actions beside it,
 * the automatic timeline, open → mitigated → resolved, and the postmortem. A resolved incident is
 * read-only: the controls that would change it are gone and the view says why.
 */
import { Link } from "wouter";
import { CAUSE_LABELS } from "../../../shared/domain/incidents/cause-category";
import type { IncidentView as Incident } from "../../../shared/domain/incidents/incident-view";
import { routes } from "../../../shared/ipc/routes";
import type { ViewProps } from "../../app/route-table";
import { errorText } from "../../api";
import { ActionError } from "../../components/action-error";
import { Badge } from "../../components/badge";
import { Section } from "../../components/section";
import { ViewHeader } from "../../components/view-header";
import { ZonedTime } from "../../components/zoned-time";
import { useIncident, useIncidentState } from "../../queries/incidents";
import { useMyEngineer } from "../../queries/settings";
import { useWorkspaceModel } from "../../queries/workspace";
import { IncidentChecklist } from "./incident-checklist";
import { IncidentEscalation } from "./incident-escalation";
import { incidentNames, type IncidentNames } from "./incident-names";
import { IncidentNotes } from "./incident-notes";
import { IncidentTimeline } from "./incident-timeline";
import { PostmortemActions } from "./postmortem-actions";
import { RecoveryActions } from "./recovery-actions";
import { ResolveForm } from "./resolve-form";

/** open ⇄ mitigated; resolving is the form below. */
function StateButton({ incident }: { incident: Incident }) {
  const setState = useIncidentState(incident.id);
  const to = incident.state === "open" ? "mitigated" : "open";
  return (
    <>
      <button type="button" className="button" disabled={setState.isPending} onClick={() => setState.mutate({ state: to })}>
        {to === "mitigated" ? "Mark mitigated" : "Mark open again"}
      </button>
      <ActionError error={setState.error} what={`mark the incident ${to}`} />
    </>
  );
}

/** Why nothing can change, and how it ended. */
function Resolution({ incident, names, zone }: { incident: Incident; names: IncidentNames; zone: string }) {
  const r = incident.resolution!;
  return (
    <Section title="Resolution">
      <p className="banner banner--warn" role="note">
        Resolved by {names.person(r.by)}, <ZonedTime iso={r.at} zone={zone} utc />. A resolved incident is read-only: its journal refuses every change.
      </p>
      <dl className="facts">
        <dt>Summary</dt>
        <dd className="plain-text">{r.summary}</dd>
        <dt>Cause</dt>
        <dd>{CAUSE_LABELS[r.cause]}</dd>
        <dt>Related risks</dt>
        <dd>{r.risks.length ? r.risks.join(", ") : "none"}</dd>
        <dt>Follow-ups</dt>
        <dd>
          {r.followUps.length === 0
            ? "none"
            : r.followUps.map((f, i) => (
                <div key={i}>
                  {f.text} — {names.person(f.owner)}
                </div>
              ))}
        </dd>
      </dl>
    </Section>
  );
}

/** The view of incident `params.id`. */
export function IncidentView({ params }: ViewProps) {
  const id = params.id ?? "";
  const query = useIncident(id);
  const { workspace } = useWorkspaceModel();
  const me = useMyEngineer();
  const names = incidentNames(workspace);
  const zone = workspace?.timezone ?? "UTC";
  const incident = query.data;
  if (!incident) {
    return (
      <div className="view">
        <ViewHeader title="Incident" />
        {query.isPending ? (
          <p className="status">Reading incident {id}…</p>
        ) : (
          <p className="status status--error">
            Could not read incident <code>{id}</code>: {errorText(query.error)}. <Link href={routes.incidents()}>All incidents</Link>
          </p>
        )}
      </div>
    );
  }
  const readOnly = incident.state === "resolved";
  return (
    <div className="view" data-incident={incident.id} data-state={incident.state}>
      <ViewHeader
        title={`Incident: ${names.pipeline(incident.pipeline)}`}
        meta={
          <span>
            <Badge kind={`incident-${incident.state}`}>{incident.state}</Badge> <span className="mono">{incident.id}</span> · commander {names.person(incident.commander)} · started{" "}
            <ZonedTime iso={incident.startedAt} zone={zone} utc />
          </span>
        }
        actions={
          <>
            {!readOnly && <StateButton incident={incident} />}
            <Link href={routes.runbook(incident.pipeline)} className="button button--quiet">
              Runbook
            </Link>
            <Link href={routes.pipeline(incident.pipeline)} className="button button--quiet">
              Pipeline
            </Link>
          </>
        }
      />
      {readOnly && <Resolution incident={incident} names={names} zone={zone} />}
      <div className="columns">
        <IncidentChecklist incidentId={incident.id} steps={incident.steps} names={names} zone={zone} readOnly={readOnly} />
        <div className="stack">
          <IncidentEscalation incidentId={incident.id} zone={zone} readOnly={readOnly} />
          <RecoveryActions incidentId={incident.id} readOnly={readOnly} />
        </div>
      </div>
      <IncidentNotes incidentId={incident.id} notes={incident.notes} names={names} zone={zone} readOnly={readOnly} />
      <IncidentTimeline entries={incident.timeline} names={names} zone={zone} />
      {!readOnly && workspace && <ResolveForm incidentId={incident.id} pipelineId={incident.pipeline} steps={incident.steps} workspace={workspace} me={me} />}
      <Section title="Postmortem">
        <PostmortemActions incidentId={incident.id} />
      </Section>
    </div>
  );
}
