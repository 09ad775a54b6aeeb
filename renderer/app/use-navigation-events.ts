/** Main opens views: `app:navigate` (tray, notifications, menu) with a path of routes.ts, and `status:focus` (a clicked alert notification) with a pipeline. */
import { useEffect } from "react";
import { routes } from "../../shared/ipc/routes";
import { oncall } from "../api";

/** Follows both events while mounted. */
export function useNavigationEvents(navigate: (path: string) => void): void {
  useEffect(() => {
    const stopNavigate = oncall().on("app:navigate", ({ path }) => navigate(path));
    const stopFocus = oncall().on("status:focus", ({ pipelineId }) => navigate(routes.pipeline(pipelineId)));
    return () => {
      stopNavigate();
      stopFocus();
    };
  }, [navigate]);
}
