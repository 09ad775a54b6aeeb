/** The risk register with its live signals over the bridge; re-fetched when the status or the workspace changes, since both move the signals. */
import { useEffect } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { oncall } from "../api";

const RISKS_KEY = ["risks"] as const;

/** The register, heat map and signals at main's now (null while the workspace is invalid); idle while `enabled` is false. */
export function useRisks({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: RISKS_KEY, queryFn: () => oncall().getRisks({}), enabled });
}

/**
 * Re-fetches the register on `status:changed` (a poll moves source-down and sla-below-target, and
 * time moves the rest) and on `workspace:changed` (risks.yaml, time off or a runbook was edited).
 */
export function useRiskEvents(): void {
  const client = useQueryClient();
  useEffect(() => {
    const refetch = () => void client.invalidateQueries({ queryKey: RISKS_KEY });
    const stopStatus = oncall().on("status:changed", refetch);
    const stopWorkspace = oncall().on("workspace:changed", refetch);
    return () => {
      stopStatus();
      stopWorkspace();
    };
  }, [client]);
}
