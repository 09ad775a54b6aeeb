/** Main opens views with `app:navigate` (tray, notifications, menu) and a path of routes.ts. */
import { useEffect } from "react";
import { oncall } from "../api";

/** Follows the event while mounted. */
export function useNavigationEvents(navigate: (path: string) => void): void {
  useEffect(() => oncall().on("app:navigate", ({ path }) => navigate(path)), [navigate]);
}
