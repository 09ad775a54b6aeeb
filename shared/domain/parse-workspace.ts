/** Validates a workspace's files (as text) into a Workspace, or every problem with its file position. */
import { parse } from "yaml";
import { workspaceFileSchema, risksFileSchema } from "./workspace-schema";
import type { WorkspaceResult } from "./workspace";

/** The files of a workspace folder, as text. Runbooks are keyed by file name (`aggregate_profit.md`). */
export interface WorkspaceFiles {
  workspaceYaml: string | undefined;
  risksYaml: string | undefined;
  runbooks: Record<string, string>;
}

/** PROVISIONAL: full validation with positions lands next; this parses without positions. */
export function parseWorkspace(files: WorkspaceFiles): WorkspaceResult {
  const ws = workspaceFileSchema.parse(parse(files.workspaceYaml ?? ""));
  const risks = files.risksYaml ? risksFileSchema.parse(parse(files.risksYaml)).risks : [];
  return { ok: true, workspace: { ...ws, runbooks: {}, risks } };
}
