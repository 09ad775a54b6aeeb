/**
 * The preload: exposes `window.oncall`, one method per invoke channel. Runs sandboxed, so it is
 * built as CommonJS and may import nothing but `electron` and type-only modules at runtime.
 * The raw ipcRenderer never crosses the bridge.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from "electron";
import { EVENT_CHANNELS, type EventChannel, type EventMap, type InvokeChannel, type InvokeMap, type OncallApi } from "../../shared/ipc/contract";

function invoker<K extends InvokeChannel>(channel: K) {
  return (request: InvokeMap[K]["request"]) => ipcRenderer.invoke(channel, request) as Promise<InvokeMap[K]["response"]>;
}

const api = {
  getAppInfo: invoker("app:info"),
  getWorkspace: invoker("workspace:get"),
  reloadWorkspace: invoker("workspace:reload"),
  getStatus: invoker("status:get"),
  getKpis: invoker("kpis:get"),
  getRisks: invoker("risks:get"),
  getOnCall: invoker("oncall:now"),
  getEscalation: invoker("escalation:get"),
  acknowledgeAlert: invoker("alerts:acknowledge"),
  snoozeAlert: invoker("alerts:snooze"),
  getSchedule: invoker("schedule:get"),
  lintRotation: invoker("rotation:lint"),
  getFairness: invoker("rotation:fairness"),
  exportCalendar: invoker("rotation:export-ics"),
  listSources: invoker("sources:list"),
  setSourceSecret: invoker("sources:set-secret"),
  deleteSourceSecret: invoker("sources:delete-secret"),
  pollSourcesNow: invoker("sources:poll-now"),
  getSettings: invoker("settings:get"),
  updateSettings: invoker("settings:update"),
  chooseWorkspace: invoker("workspace:choose"),
  listIncidents: invoker("incidents:list"),
  getIncident: invoker("incidents:get"),
  startIncident: invoker("incidents:start"),
  setIncidentStep: invoker("incidents:step"),
  addIncidentNote: invoker("incidents:note"),
  setIncidentState: invoker("incidents:set-state"),
  getIncidentEscalation: invoker("incidents:escalation"),
  escalateIncident: invoker("incidents:escalate"),
  resolveIncident: invoker("incidents:resolve"),
  exportPostmortem: invoker("incidents:export"),
  shareIncident: invoker("incidents:share"),
  getHandoff: invoker("handoff:get"),
  acknowledgeHandoff: invoker("handoff:acknowledge"),
  saveHandoffNote: invoker("handoff:save-note"),
  listRunbooks: invoker("runbooks:list"),
  getRunbook: invoker("runbooks:get"),
  getPipelineHistory: invoker("pipeline:history"),
  listRecoveryActions: invoker("recovery:list"),
  previewClearFailedTasks: invoker("recovery:preview-clear"),
  clearFailedTasks: invoker("recovery:clear"),
  on<E extends EventChannel>(event: E, listener: (payload: EventMap[E]) => void): () => void {
    // The renderer may listen to declared events only, never to arbitrary ipc channels.
    if (!Object.hasOwn(EVENT_CHANNELS, event)) throw new Error(`oncall.on: unknown event "${String(event)}"`);
    const relay = (_event: IpcRendererEvent, payload: EventMap[E]) => listener(payload);
    ipcRenderer.on(event, relay);
    return () => {
      ipcRenderer.removeListener(event, relay);
    };
  },
} satisfies OncallApi;

contextBridge.exposeInMainWorld("oncall", api);
