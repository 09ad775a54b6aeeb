/**
 * The IPC handler table: one async function per invoke channel, built from services.
 * No electron import, so ipcMain (main/app/ipc.ts) and the browser test host call the same table.
 */
import type { AppInfo, EventChannel, EventMap, InvokeChannel, InvokeMap } from "../../shared/ipc/contract";
import type { WorkspaceState } from "./workspace-state";

/** One handler per invoke channel; requests arrive already validated. */
export type Handlers = {
  readonly [K in InvokeChannel]: (request: InvokeMap[K]["request"]) => Promise<InvokeMap[K]["response"]>;
};

/** Sends a main → renderer event to the app's windows. */
export type Emit = <E extends EventChannel>(event: E, payload: EventMap[E]) => void;

/** The services the handlers read from. */
export interface HandlerServices {
  appInfo: AppInfo;
  workspace: WorkspaceState;
}

/** Builds the handler table. */
export function createHandlers(services: HandlerServices): Handlers {
  return {
    "app:info": async () => services.appInfo,
    "workspace:get": () => services.workspace.current(),
    "workspace:reload": () => services.workspace.reload(),
  };
}

/** Forwards service changes to the renderer as events; returns the function that stops forwarding. */
export function forwardEvents(services: HandlerServices, emit: Emit): () => void {
  return services.workspace.subscribe((result) => emit("workspace:changed", { ok: result.ok }));
}
