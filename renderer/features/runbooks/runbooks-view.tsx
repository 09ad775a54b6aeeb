/**
 * Runbooks as the workspace holds them, one per pipeline (this view shows the files as text; the
 * incident work replaces it with the checklist you step through).
 */
import { Link } from "wouter";
import { routes } from "../../../shared/ipc/routes";
import type { ViewProps } from "../../app/route-table";
import { ViewHeader } from "../../components/view-header";
import { useWorkspaceModel } from "../../queries/workspace";

/** The list of runbooks. */
export function RunbooksView(_: ViewProps) {
  const { workspace, isPending } = useWorkspaceModel();
  if (!workspace) return <p className="status">{isPending ? "Loading the workspace…" : "No valid workspace is loaded."}</p>;
  const runbooks = Object.values(workspace.runbooks);
  return (
    <div className="view">
      <ViewHeader title="Runbooks" meta={`${runbooks.length} in runbooks/`} />
      <ul className="link-list" data-list aria-label="Runbooks">
        {runbooks.map((runbook) => (
          <li key={runbook.pipelineId} data-runbook={runbook.pipelineId}>
            <Link href={routes.runbook(runbook.pipelineId)} data-list-item className="cell__title">
              {runbook.title}
            </Link>
            <span className="cell__detail">
              {" "}
              · {workspace.pipelines.find((p) => p.id === runbook.pipelineId)?.name ?? runbook.pipelineId} · {runbook.steps.length} checklist steps · <code>{runbook.file}</code>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
