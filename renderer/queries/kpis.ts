/** The KPIs over the bridge; re-fetched when main says the status changed, since new runs and acknowledgements move them. */
import { useEffect } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { KpiDays } from "../../shared/ipc/contract";
import { oncall } from "../api";

const KPIS_KEY = ["kpis"] as const;

/** The KPIs over the last `days` days up to main's now (null while the workspace is invalid). */
export function useKpis(days: KpiDays) {
  return useQuery({ queryKey: [...KPIS_KEY, days], queryFn: () => oncall().getKpis({ days }) });
}

/** Re-fetches every KPI window on `status:changed`: a poll or an acknowledgement changes the figures. */
export function useKpiEvents(): void {
  const client = useQueryClient();
  useEffect(() => oncall().on("status:changed", () => void client.invalidateQueries({ queryKey: KPIS_KEY })), [client]);
}
