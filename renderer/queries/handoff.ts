/** The hand-over briefing over the bridge: read it, take the pager, write the outgoing note; re-fetched when main says a hand-over, an incident or the status changed. */
import { useEffect } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { oncall } from "../api";

const HANDOFF_KEY = ["handoff"] as const;

/** The briefing for the next shift change after main's now (null while the workspace is invalid or no change is due within two days). */
export function useHandoff() {
  return useQuery({ queryKey: HANDOFF_KEY, queryFn: () => oncall().getHandoff({}) });
}

/** "I have the pager" for the shift change at `handoffAt`; the answer is the briefing with it recorded. */
export function useAcknowledgeHandoff() {
  const client = useQueryClient();
  return useMutation({ mutationFn: (handoffAt: string) => oncall().acknowledgeHandoff({ handoffAt }), onSuccess: (briefing) => client.setQueryData(HANDOFF_KEY, briefing) });
}

/** Saves the outgoing engineer's note, and with `share` the briefing into the workspace's handoffs/ folder. */
export function useSaveHandoffNote() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: { text: string; share: boolean }) => oncall().saveHandoffNote(request),
    onSuccess: (saved) => client.setQueryData(HANDOFF_KEY, saved.briefing),
  });
}

/** The briefing lists alerts and incidents and the notes: re-fetch it when any of them changes. */
export function useHandoffEvents(): void {
  const client = useQueryClient();
  useEffect(() => {
    const refetch = () => void client.invalidateQueries({ queryKey: HANDOFF_KEY });
    const stops = [oncall().on("handoff:changed", refetch), oncall().on("incidents:changed", refetch), oncall().on("status:changed", refetch)];
    return () => stops.forEach((stop) => stop());
  }, [client]);
}
