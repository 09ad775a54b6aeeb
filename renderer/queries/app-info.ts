/** The app's version and workspace folder, over the bridge. */
import { useQuery } from "@tanstack/react-query";
import { oncall } from "../api";

/** App name, version and the workspace folder in use. */
export function useAppInfo() {
  return useQuery({ queryKey: ["app-info"], queryFn: () => oncall().getAppInfo({}) });
}
