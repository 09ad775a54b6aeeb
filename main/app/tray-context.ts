/** The app's side of the tray (which workspace, whether it has problems, the notification pause, who am I), from plain facts. */
import path from "node:path";
import { DateTime } from "luxon";
import type { Settings } from "../../shared/domain/settings";
import type { WorkspaceResult } from "../../shared/domain/workspace";
import type { TrayContext } from "./tray";
import type { OpenedWorkspace } from "./workspace-session";

/** The tray context of the open workspace (its last read, if any) and the settings. */
export function trayContext(opened: OpenedWorkspace, latest: WorkspaceResult | undefined, settings: Settings): TrayContext {
  const valid = latest?.ok ? latest.workspace : undefined;
  const name = opened.dir === null ? "no workspace chosen" : (valid?.name ?? path.basename(opened.dir));
  const until = settings.notificationsPausedUntil;
  // The pause ends at an instant; it is shown in the workspace's zone like every other time in the tray.
  const local = until === null ? null : DateTime.fromISO(until, { zone: valid?.timezone ?? "local" }).toFormat("HH:mm");
  return {
    workspace: opened.origin === "environment" ? `${name} (OCD_WORKSPACE)` : name,
    problems: opened.dir !== null && latest !== undefined && !latest.ok,
    pausedUntil: local,
    identified: settings.identity !== null,
  };
}
