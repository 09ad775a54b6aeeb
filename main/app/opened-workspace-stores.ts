/**
 * The incident journals and hand-over notes of the workspace that is open now. Each workspace keeps
 * its own in its state folder (its incidents name its pipelines and people), so the stores follow
 * the open workspace: every call goes to the store of the folder open at that moment.
 */
import { createHandoffStore, type HandoffStore } from "../services/incidents/handoff-store";
import { createIncidentService, type IncidentService } from "../services/incidents/incident-service";

/** The incident service and hand-over store of whichever workspace is open. */
export interface OpenedWorkspaceStores {
  incidents: IncidentService;
  handoffs: HandoffStore;
}

/**
 * Stores for the folder `openedDir()` names at each call; `stateDirFor` gives a workspace's state
 * folder (absent, or no workspace open: the stores refuse plainly, as the incident service does
 * without a state folder).
 */
export function openedWorkspaceStores(openedDir: () => string | null, stateDirFor: ((workspaceDir: string) => string) | undefined, onProblem: (message: string) => void): OpenedWorkspaceStores {
  const incidentListeners = new Set<(incidentId: string) => void>();
  const handoffListeners = new Set<() => void>();
  const byFolder = new Map<string | null, OpenedWorkspaceStores>();
  const current = (): OpenedWorkspaceStores => {
    const dir = openedDir();
    let stores = byFolder.get(dir);
    if (!stores) {
      const stateDir = dir !== null && stateDirFor ? stateDirFor(dir) : undefined;
      stores = { incidents: createIncidentService({ stateDir, onProblem }), handoffs: createHandoffStore(stateDir, onProblem) };
      // Made once per folder and kept, so their listeners are relayed for the life of the app.
      stores.incidents.subscribe((id) => {
        for (const listener of [...incidentListeners]) listener(id);
      });
      stores.handoffs.subscribe(() => {
        for (const listener of [...handoffListeners]) listener();
      });
      byFolder.set(dir, stores);
    }
    return stores;
  };
  return {
    incidents: {
      list: () => current().incidents.list(),
      get: (id) => current().incidents.get(id),
      start: (request) => current().incidents.start(request),
      change: (workspace, id, change) => current().incidents.change(workspace, id, change),
      subscribe(listener) {
        incidentListeners.add(listener);
        return () => void incidentListeners.delete(listener);
      },
    },
    handoffs: {
      read: () => current().handoffs.read(),
      addNote: (note) => current().handoffs.addNote(note),
      acknowledge: (ack) => current().handoffs.acknowledge(ack),
      subscribe(listener) {
        handoffListeners.add(listener);
        return () => void handoffListeners.delete(listener);
      },
    },
  };
}
