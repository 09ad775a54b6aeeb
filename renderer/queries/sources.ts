/** The workspace's sources over the bridge: list them, store or forget a secret, poll now; re-fetched whenever main says the status changed. */
import { useEffect } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { SourceView, SourcesView } from "../../shared/domain/sources-view";
import { oncall } from "../api";

const SOURCES_KEY = ["sources"] as const;

/** Every source's settings, secret state and polling health (null while the workspace is invalid). */
export function useSources() {
  return useQuery({ queryKey: SOURCES_KEY, queryFn: () => oncall().listSources({}) });
}

/** Puts one source's fresh view (main's answer to a change) into the list without another round trip. */
function replaceSource(list: SourcesView | null | undefined, source: SourceView): SourcesView | null | undefined {
  return list && { ...list, sources: list.sources.map((s) => (s.id === source.id ? source : s)) };
}

/** Stores a source's secret; main polls the source at once and answers with how it then stands. */
export function useSetSourceSecret() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: { sourceId: string; secret: string }) => oncall().setSourceSecret(request),
    onSuccess: (source) => client.setQueryData(SOURCES_KEY, (list: SourcesView | null | undefined) => replaceSource(list, source)),
  });
}

/** Forgets a source's stored secret. */
export function useDeleteSourceSecret() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (sourceId: string) => oncall().deleteSourceSecret({ sourceId }),
    onSuccess: (source) => client.setQueryData(SOURCES_KEY, (list: SourcesView | null | undefined) => replaceSource(list, source)),
  });
}

/** Polls one source now and shows the list as main then has it. */
export function usePollSourceNow() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (sourceId: string) => oncall().pollSourcesNow({ sourceId }),
    onSuccess: (list) => client.setQueryData(SOURCES_KEY, list),
  });
}

/** Every poll that changes the status changes a source's health too: re-fetch on `status:changed`. */
export function useSourcesEvents(): void {
  const client = useQueryClient();
  useEffect(() => oncall().on("status:changed", () => void client.invalidateQueries({ queryKey: SOURCES_KEY })), [client]);
}
