/** The hand-over operations the command line and the window share: the briefing from the world, the incidents and the notes kept. */
import { handoffBriefing, type HandoffBriefing } from "../../../shared/domain/incidents/handoff-briefing";
import type { HandoffStore } from "./handoff-store";
import type { IncidentWorld } from "./incident-actions";
import type { IncidentService } from "./incident-service";

/** The briefing for the next shift change after `at` (epoch ms); null when the rotation has none within two days. */
export async function briefingAt(world: IncidentWorld, incidents: IncidentService, handoffs: HandoffStore, at: number): Promise<HandoffBriefing | null> {
  const [list, records] = await Promise.all([incidents.list(), handoffs.read()]);
  return handoffBriefing({ pipelines: world.workspace.pipelines, schedule: world.schedule, at, alerts: world.alerts.list(), incidents: list, ...records });
}

/** The file name of a hand-over in the workspace's handoffs/ folder: the shift change's local date and time, from and to. */
export function handoffFileName(briefing: HandoffBriefing): string {
  return `${briefing.handoffAt.slice(0, 16).replace("T", "-").replace(":", "")}-${briefing.from}-to-${briefing.to}`;
}
