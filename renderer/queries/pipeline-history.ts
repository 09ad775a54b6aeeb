/** A pipeline's recent intervals and runs over the bridge; re-fetched when main says the status changed (a poll brings new runs). */
import { useEffect } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { oncall } from "../api";

const HISTORY_KEY = ["pipeline-history"] as const;

/** The intervals of the last `days` days of `pipelineId` against their deadlines, and its newest runs. */
export function usePipelineHistory(pipelineId: string, days: number) {
  return useQuery({ queryKey: [...HISTORY_KEY, pipelineId, days], queryFn: () => oncall().getPipelineHistory({ pipelineId, days }) });
}

/** Re-fetches every open history on `status:changed`. */
export function usePipelineHistoryEvents(): void {
  const client = useQueryClient();
  useEffect(() => oncall().on("status:changed", () => void client.invalidateQueries({ queryKey: HISTORY_KEY })), [client]);
}
