/** What the e2e tests expect, computed from the domain and the services themselves, never read back from the page. */
import type { HandlerServices } from "../../../main/app/handlers";
import type { Desk as RunningDesk } from "../../../main/app/live-desk";
import { loadWorkspace } from "../../../main/services/workspace/load-workspace";
import { compileSchedule } from "../../../shared/domain/rotation/schedule";
import type { StatusSnapshot } from "../../../shared/domain/status";
import { EMBEDDED_WORKSPACE } from "./open-desk";

/** The embedded default workspace and its compiled schedule. */
export async function embedded() {
  const loaded = await loadWorkspace(EMBEDDED_WORKSPACE);
  if (!loaded.ok) throw new Error("the embedded workspace does not validate");
  return { ws: loaded.workspace, schedule: compileSchedule(loaded.workspace) };
}

/** The running desk behind the page. */
export async function runningDesk(services: HandlerServices): Promise<RunningDesk> {
  const desk = await services.desk.current();
  if (!desk) throw new Error("no valid workspace is running");
  return desk;
}

/** The status snapshot once the first poll has been evaluated (a readiness event, not a sleep). */
export async function firstSnapshot(services: HandlerServices): Promise<StatusSnapshot> {
  const { monitor } = await runningDesk(services);
  const now = monitor.status.snapshot();
  if (now.pipelines.length > 0) return now;
  return new Promise((resolve) => {
    const stop = monitor.status.subscribe((snapshot) => {
      if (snapshot.pipelines.length === 0) return;
      stop();
      resolve(snapshot);
    });
  });
}
