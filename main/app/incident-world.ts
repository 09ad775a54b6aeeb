/** What the incident and recovery handlers share: the running desk as incidents see it, and who acts. */
import { myEngineer } from "../../shared/domain/settings";
import type { IncidentWorld } from "../services/incidents/incident-actions";
import type { HandlerServices } from "./handlers";
import type { Desk } from "./live-desk";

/** The workspace folder open now, read at each call (the user may open another while the app runs); refused plainly when none is. */
export function openWorkspaceDir(services: Pick<HandlerServices, "appInfo">): string {
  const dir = services.appInfo.workspaceDir;
  if (dir === null) throw new Error("no workspace is open: open your team's workspace folder or the demo first");
  return dir;
}

/** The running desk; incidents name the workspace's people and pipelines, so an invalid first load has none and `purpose` is refused plainly. */
export async function incidentDesk(services: Pick<HandlerServices, "desk">, purpose: string): Promise<Desk> {
  const d = await services.desk.current();
  if (!d) throw new Error(`the workspace has problems: fix them before ${purpose}`);
  return d;
}

/** The desk as incident operations read it: its workspace, schedule, live alert book and status. */
export function deskWorld(d: Desk, workspaceDir: string): IncidentWorld {
  return {
    workspace: d.workspace,
    workspaceDir,
    schedule: d.schedule,
    alerts: d.monitor.book,
    live: (pipelineId) => d.monitor.status.snapshot().pipelines.find((p) => p.id === pipelineId),
  };
}

/** Who acts: `as`, else the engineer this machine belongs to (settings, "who am I"). */
export function actingEngineer(services: Pick<HandlerServices, "settings">, as: string | undefined): string {
  const me = as ?? myEngineer(services.settings.get());
  if (me === null) throw new Error("say who you are first (Settings: who am I), or act as a named engineer");
  return me;
}
