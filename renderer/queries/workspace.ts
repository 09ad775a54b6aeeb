/** The workspace over the bridge: read it, reload it, and re-fetch when main says it changed. */
import { useEffect } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { oncall } from "../api";

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
  useEffect(() => oncall().on("workspace:changed", () => void client.invalidateQueries({ queryKey: WORKSPACE_KEY })), [client]);
}
