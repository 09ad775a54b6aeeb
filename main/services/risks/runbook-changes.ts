/** When each runbook of a workspace last changed: its last commit in a git checkout, else the file's time. */
import type { RunbookChange } from "../../../shared/domain/risks/signals/risk-signal";
import type { Workspace } from "../../../shared/domain/workspace";
import { fileChangedAt } from "../workspace/file-changed-at";

/** The change of every runbook, by pipeline id; null for a runbook whose file is gone. Never throws for a missing git. */
export async function runbookChanges(workspaceDir: string, workspace: Pick<Workspace, "runbooks">): Promise<Record<string, RunbookChange | null>> {
  const runbooks = Object.values(workspace.runbooks);
  const changes = await Promise.all(runbooks.map((rb) => fileChangedAt(workspaceDir, rb.file)));
  return Object.fromEntries(runbooks.map((rb, i) => [rb.pipelineId, changes[i] ?? null]));
}
