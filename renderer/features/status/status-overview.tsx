/** The live part of the page: who is on call, pipeline status, open alerts and the selected pipeline's escalation. */
import type { Workspace } from "../../../shared/domain/workspace";
import { useOnCall, useStatus, useStatusEvents } from "../../queries/status";
import { useOverviewStore } from "../../stores/overview-store";
import { AlertsPanel } from "./alerts-panel";
import { EscalationPanel } from "./escalation-panel";
import { OnCallCard } from "./on-call-card";
import { StatusPanel } from "./status-panel";

/** The status overview of a valid workspace. */
export function StatusOverview({ workspace }: { workspace: Workspace }) {
  const select = useOverviewStore((state) => state.select);
  const selected = useOverviewStore((state) => state.selected);
  useStatusEvents(select);
  const status = useStatus();
  const onCall = useOnCall();
  const names = new Map(workspace.pipelines.map((p) => [p.id, p.name]));
  const zone = workspace.timezone;
  if (status.isError) return <p className="status status--error">Could not read the pipeline status: {status.error.message}</p>;
  return (
    <div className="status-grid">
      <div className="status-grid__side">
        {onCall.data && <OnCallCard view={onCall.data} />}
        {selected && names.has(selected) && <EscalationPanel pipelineId={selected} name={names.get(selected)!} />}
      </div>
      <div className="status-grid__main">
        {status.data && <StatusPanel snapshot={status.data} zone={zone} />}
        {status.data && <AlertsPanel snapshot={status.data} names={names} zone={zone} />}
      </div>
    </div>
  );
}
