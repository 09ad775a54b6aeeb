/** The app's version and workspace folder, over the bridge. */
import { useQuery } from "@tanstack/react-query";
import { oncall } from "../api";

/** The app-info cache key: invalidated wherever the workspace or settings change. */
export const APP_INFO_KEY = ["app-info"] as const;

/** The app-info query, shared by the hook and the prefetch at startup (the welcome gate waits on it before any view renders). */
export const appInfoQuery = { queryKey: APP_INFO_KEY, queryFn: () => oncall().getAppInfo({}) };

/** App name, version and the workspace folder in use. */
export function useAppInfo() {
  return useQuery(appInfoQuery);
}
