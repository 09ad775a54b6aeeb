/** The postmortem: export it as Markdown where the user picks (main's save dialog), or share it into the workspace's incidents/ folder for the team's git. */
import { ActionError } from "../../components/action-error";
import { useExportPostmortem, useShareIncident } from "../../queries/incidents";

/** The two buttons and what became of the last use of each. */
export function PostmortemActions({ incidentId }: { incidentId: string }) {
  const exportIt = useExportPostmortem(incidentId);
  const share = useShareIncident(incidentId);
  return (
    <div className="postmortem-actions">
      <div className="row">
        <button type="button" className="button" disabled={exportIt.isPending} onClick={() => exportIt.mutate()}>
          Export postmortem
        </button>
        <button type="button" className="button" disabled={share.isPending} onClick={() => share.mutate()} title="Save the postmortem into the workspace's incidents/ folder, to share through git">
          Share to workspace
        </button>
      </div>
      {exportIt.data && (
        <p className="cell__detail" role="status">
          {exportIt.data.saved ? `Postmortem saved to ${exportIt.data.path ?? "the chosen file"}` : "Postmortem not saved."}
        </p>
      )}
      {share.data && (
        <p className="cell__detail" role="status">
          Shared as {share.data.path}
        </p>
      )}
      <ActionError error={exportIt.error} what="export the postmortem" />
      <ActionError error={share.error} what="share the postmortem" />
    </div>
  );
}
