/** Pipeline status, who is on call and escalation over the bridge; all re-fetched when main says the status changed. */
import { useEffect } from "react";
import { useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { oncall } from "../api";

const STATUS_KEY = ["status"] as const;
const ONCALL_KEY = ["oncall"] as const;
const ESCALATION_KEY = ["escalation"] as const;

/** The status query, shared by the hook and the prefetch at startup. */
export const statusQuery = { queryKey: STATUS_KEY, queryFn: () => oncall().getStatus({}) };

/** The on-call query, shared by the hook and the prefetch at startup. */
export const onCallQuery = { queryKey: ONCALL_KEY, queryFn: () => oncall().getOnCall({}) };

/** The status snapshot: every pipeline's state and the open alerts (null while the workspace is invalid). */
export function useStatus() {
  return useQuery(statusQuery);
}

/** Who is on call now, until when, and who is next. */
export function useOnCall() {
  return useQuery(onCallQuery);
}

/** Asks main for what the Now view shows first before React renders anything, so the answers are on their way during the first render. */
export function prefetchNow(client: QueryClient): void {
  for (const query of [onCallQuery, statusQuery]) void client.prefetchQuery<unknown>(query);
}

/** The escalation chain of a pipeline now; idle while none is selected. */
export function useEscalation(pipelineId: string | undefined) {
  return useQuery({
    queryKey: [...ESCALATION_KEY, pipelineId],
    queryFn: () => oncall().getEscalation({ pipelineId: pipelineId! }),
    enabled: pipelineId !== undefined,
  });
}

/** Acknowledges an alert; main's `status:changed` brings the new snapshot. */
export function useAcknowledgeAlert() {
  return useMutation({ mutationFn: (alertId: string) => oncall().acknowledgeAlert({ alertId }) });
}

/** Snoozes an alert until an instant (ISO); main's `status:changed` brings the new snapshot. */
export function useSnoozeAlert() {
  return useMutation({ mutationFn: ({ alertId, until }: { alertId: string; until: string }) => oncall().snoozeAlert({ alertId, until }) });
}

/** Keeps status, on-call and escalation in step with main: `status:changed` re-fetches them (a handoff or a reload moves them all). */
export function useStatusEvents(): void {
  const client = useQueryClient();
  useEffect(() => {
    const refetch = () => {
      for (const queryKey of [STATUS_KEY, ONCALL_KEY, ESCALATION_KEY]) void client.invalidateQueries({ queryKey });
    };
    const stop = oncall().on("status:changed", refetch);
    // Main's events are not queued: a status:changed sent between the prefetch (before React
    // renders) and this listener is lost, and with it the first poll's status. Listening now, fetch once more.
    refetch();
    return stop;
  }, [client]);
}
