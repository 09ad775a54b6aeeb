/**
 * Incidents: the unresolved ones first (newest first), then the recently resolved; state, pipeline,
 * commander, start and checklist progress. j/k move through the rows, Enter opens one.
 */
import { Link } from "wouter";
import type { IncidentSummary } from "../../../shared/domain/incidents/incident-view";
import { routes } from "../../../shared/ipc/routes";
import type { ViewProps } from "../../app/route-table";
import { errorText } from "../../api";
import { Badge } from "../../components/badge";
import { ViewHeader } from "../../components/view-header";
import { ZonedTime } from "../../components/zoned-time";
import { useIncidents } from "../../queries/incidents";
import { useWorkspaceModel } from "../../queries/workspace";
import { incidentNames, type IncidentNames } from "./incident-names";

/** How many resolved incidents the list shows: the recent ones; older ones are in the journals and the CLI (`incident list --all`). */
export const RECENT_RESOLVED = 20;

const newestFirst = (key: (i: IncidentSummary) => string) => (a: IncidentSummary, b: IncidentSummary) => Date.parse(key(b)) - Date.parse(key(a));

/** The unresolved incidents newest first, then up to RECENT_RESOLVED resolved ones, most recently resolved first. */
export function listOrder(incidents: readonly IncidentSummary[]): { open: IncidentSummary[]; resolved: IncidentSummary[] } {
  return {
    open: incidents.filter((i) => i.state !== "resolved").sort(newestFirst((i) => i.startedAt)),
    resolved: incidents
      .filter((i) => i.state === "resolved")
      .sort(newestFirst((i) => i.resolvedAt ?? i.updatedAt))
      .slice(0, RECENT_RESOLVED),
  };
}

function Row({ incident, names, zone }: { incident: IncidentSummary; names: IncidentNames; zone: string }) {
  const { total, done, skipped } = incident.steps;
  return (
    <tr data-incident={incident.id} data-state={incident.state}>
      <td>
        <Badge kind={`incident-${incident.state}`}>{incident.state}</Badge>
      </td>
      <td>
        <Link href={routes.incident(incident.id)} className="cell__title" data-list-item>
          {names.pipeline(incident.pipeline)}
        </Link>
        <div className="cell__detail mono">{incident.id}</div>
      </td>
      <td>{names.person(incident.commander)}</td>
      <td>
        <ZonedTime iso={incident.startedAt} zone={zone} utc />
      </td>
      <td className="num" data-steps>
        {done}/{total} done{skipped > 0 && <span className="muted"> · {skipped} skipped</span>}
      </td>
    </tr>
  );
}

function Group({ title, incidents, names, zone }: { title: string; incidents: IncidentSummary[]; names: IncidentNames; zone: string }) {
  if (incidents.length === 0) return null;
  return (
    <tbody>
      <tr className="table__group">
        <th scope="rowgroup" colSpan={5}>
          {title} ({incidents.length})
        </th>
      </tr>
      {incidents.map((incident) => (
        <Row key={incident.id} incident={incident} names={names} zone={zone} />
      ))}
    </tbody>
  );
}

/** The incident list. */
export function IncidentsView(_: ViewProps) {
  const { workspace } = useWorkspaceModel();
  const incidents = useIncidents();
  const names = incidentNames(workspace);
  const zone = workspace?.timezone ?? "UTC";
  const { open, resolved } = listOrder(incidents.data ?? []);
  return (
    <div className="view">
      <ViewHeader title="Incidents" meta={incidents.data && `${open.length} open · ${resolved.length} recently resolved`} />
      {incidents.isPending && <p className="status">Reading the incidents…</p>}
      {incidents.isError && <p className="status status--error">Could not read the incidents: {errorText(incidents.error)}</p>}
      {incidents.data && open.length + resolved.length === 0 && (
        <p className="status">No incidents are recorded on this machine. Start one from an alert on Now or from a pipeline's view.</p>
      )}
      {open.length + resolved.length > 0 && (
        <table className="table incidents" data-list aria-label="Incidents">
          <thead>
            <tr>
              <th scope="col">State</th>
              <th scope="col">Pipeline</th>
              <th scope="col">Commander</th>
              <th scope="col">Started</th>
              <th scope="col">Steps</th>
            </tr>
          </thead>
          <Group title="Open" incidents={open} names={names} zone={zone} />
          <Group title="Recently resolved" incidents={resolved} names={names} zone={zone} />
        </table>
      )}
    </div>
  );
}
