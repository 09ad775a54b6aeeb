/** The risk register with its live signals over the bridge; re-fetched when the status or the workspace changes, since both move the signals. */
import { useQuery, type QueryClient } from "@tanstack/react-query";
import { oncall } from "../api";

const RISKS_KEY = ["risks"] as const;

/** The register, heat map and signals at main's now (null while the workspace is invalid); idle while `enabled` is false. */
export function useRisks({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: RISKS_KEY, queryFn: () => oncall().getRisks({}), enabled });
}

/**
 * Re-fetches the register for the page's lifetime on `status:changed` (a poll moves source-down and
 * sla-below-target, and time moves the rest) and on `workspace:changed` (risks.yaml, time off or a
 * runbook was edited). Followed from the start, beside the status events, so the first poll's event
 * cannot slip between the register's first answer and the subscription.
 */
export function followRiskEvents(client: QueryClient): () => void {
  const refetch = () => void client.invalidateQueries({ queryKey: RISKS_KEY });
  const stopStatus = oncall().on("status:changed", refetch);
  const stopWorkspace = oncall().on("workspace:changed", refetch);
  return () => {
    stopStatus();
    stopWorkspace();
  };
}
