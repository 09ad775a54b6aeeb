/** The workspace over the bridge: read it, reload it, and re-fetch when main says it changed. */
import { useEffect } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Workspace, WorkspaceProblem } from "../../shared/domain/workspace";
import { oncall } from "../api";
import { APP_INFO_KEY } from "./app-info";

const WORKSPACE_KEY = ["workspace"] as const;

/** The validated workspace, or its problems. */
export function useWorkspace() {
  return useQuery({ queryKey: WORKSPACE_KEY, queryFn: () => oncall().getWorkspace({}) });
}

/** Re-reads the workspace files; main broadcasts the change to every window. */
export function useReloadWorkspace() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => oncall().reloadWorkspace({}),
    onSuccess: (result) => client.setQueryData(WORKSPACE_KEY, result),
  });
}

/** Keeps the workspace query in step with main's `workspace:changed` events. */
export function useWorkspaceEvents(): void {
  const client = useQueryClient();
  useEffect(
    () =>
      oncall().on("workspace:changed", () => {
        // Another folder may be open now (workspace:choose): the app info names it.
        for (const queryKey of [WORKSPACE_KEY, APP_INFO_KEY]) void client.invalidateQueries({ queryKey });
      }),
    [client],
  );
}

/** The workspace a view shows: the valid one, or while an edit broke it, the last valid one still monitored, plus the problems. */
export interface WorkspaceModel {
  workspace: Workspace | undefined;
  /** The problems of the workspace on disk; empty when it is valid. */
  problems: WorkspaceProblem[];
  isPending: boolean;
  error: Error | null;
}

/** The workspace as every view reads it. */
export function useWorkspaceModel(): WorkspaceModel {
  const query = useWorkspace();
  const data = query.data;
  if (!data) return { workspace: undefined, problems: [], isPending: query.isPending, error: query.error };
  if (data.ok) return { workspace: data.workspace, problems: [], isPending: false, error: null };
  return { workspace: "running" in data ? data.running : undefined, problems: data.problems, isPending: false, error: null };
}
