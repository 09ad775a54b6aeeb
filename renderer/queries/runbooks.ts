/** The runbooks over the bridge (Markdown, images, last change read by main from the workspace folder); re-fetched when main says the workspace changed. */
import { useEffect } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { oncall } from "../api";

const RUNBOOKS_KEY = ["runbooks"] as const;

/** Every runbook of the workspace, in pipeline order (null while the workspace is invalid). */
export function useRunbooks() {
  return useQuery({ queryKey: [...RUNBOOKS_KEY, "list"], queryFn: () => oncall().listRunbooks({}) });
}

/** One pipeline's runbook (null while the workspace is invalid; an error for an unknown pipeline). */
export function useRunbook(pipelineId: string) {
  return useQuery({ queryKey: [...RUNBOOKS_KEY, "one", pipelineId], queryFn: () => oncall().getRunbook({ pipelineId }), retry: false });
}

/** Re-fetches the runbooks on `workspace:changed`: an edit, a `git pull` or another folder. */
export function useRunbookEvents(): void {
  const client = useQueryClient();
  useEffect(() => oncall().on("workspace:changed", () => void client.invalidateQueries({ queryKey: RUNBOOKS_KEY })), [client]);
}
