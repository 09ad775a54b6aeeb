/** The risks view of a workspace at an instant, read from its folder (runbook dates) and, when given, its running status monitor. */
import type { Schedule } from "../../../shared/domain/rotation/schedule";
import { risksView, type RisksView } from "../../../shared/domain/risks/risks-view";
import type { Workspace } from "../../../shared/domain/workspace";
import type { StatusMonitor } from "../status/monitor";
import { liveStatus } from "./live-status";
import { runbookChanges } from "./runbook-changes";

/** What the view is built from. */
export interface CurrentRisksOptions {
  workspace: Workspace;
  schedule: Schedule;
  /** The workspace folder, where the runbooks' change dates are read. */
  workspaceDir: string;
  now: Date;
  /** The live status (the app's desk, `risks --with-status`); without it, no source-down or sla-below-target signals. */
  monitor?: StatusMonitor;
}

/** The register, heat map and signals at `now`. */
export async function currentRisks(options: CurrentRisksOptions): Promise<RisksView> {
  const { workspace, schedule, now, monitor } = options;
  return risksView({
    workspace,
    schedule,
    nowMs: now.getTime(),
    runbookChanges: await runbookChanges(options.workspaceDir, workspace),
    live: monitor ? liveStatus(monitor, workspace, now) : undefined,
  });
}
