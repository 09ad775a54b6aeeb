/**
 * The one typed IPC contract between main and renderer (GitHub Desktop's ipc-shared.ts pattern).
 *
 * To add a channel (e.g. `status:snapshot`, `oncall:now`, `alerts:ack`, `alerts:snooze`, `rotation:shifts`):
 *   1. add an entry to InvokeMap (renderer → main call) or EventMap (main → renderer push) below,
 *      with a `method` name for invokes; one payload object per channel, plain cloneable data;
 *   2. add its request schema to REQUEST_SCHEMAS (schemas.ts) or its name to EVENT_CHANNELS;
 *   3. add the handler to createHandlers (main/app/handlers.ts) and the method to the preload.
 * The compiler flags every place you missed: all three tables are mapped over these types.
 */
import type { WorkspaceResult } from "../domain/workspace";

/** The request of a call that takes no parameters: still an object, so fields can be added later. */
export type NoParams = Record<string, never>;

/** What the app says about itself. */
export interface AppInfo {
  name: string;
  version: string;
  /** Absolute path of the workspace folder in use. */
  workspaceDir: string;
  /** True when that folder is the embedded default shipped with the app. */
  embeddedWorkspace: boolean;
}

/** Payload of `workspace:changed`: the renderer re-fetches `workspace:get` when it arrives. */
export interface WorkspaceChanged {
  ok: boolean;
}

/** Renderer → main calls: channel → preload method name, request and response. */
export interface InvokeMap {
  "app:info": { method: "getAppInfo"; request: NoParams; response: AppInfo };
  "workspace:get": { method: "getWorkspace"; request: NoParams; response: WorkspaceResult };
  /** Re-reads the workspace from disk; main then broadcasts `workspace:changed`. */
  "workspace:reload": { method: "reloadWorkspace"; request: NoParams; response: WorkspaceResult };
}

/** Main → renderer events: channel → payload. */
export interface EventMap {
  "workspace:changed": WorkspaceChanged;
}

/** An invoke channel's name. */
export type InvokeChannel = keyof InvokeMap;

/** An event channel's name. */
export type EventChannel = keyof EventMap;

/** The event channels the preload lets the renderer listen to; the type makes it complete. */
export const EVENT_CHANNELS: { readonly [E in EventChannel]: true } = {
  "workspace:changed": true,
};

/** The object the preload exposes as `window.oncall`: one method per invoke channel, plus `on`. */
export type OncallApi = {
  readonly [K in InvokeChannel as InvokeMap[K]["method"]]: (request: InvokeMap[K]["request"]) => Promise<InvokeMap[K]["response"]>;
} & {
  /** Listens to a main → renderer event; returns the unsubscribe function. */
  on<E extends EventChannel>(event: E, listener: (payload: EventMap[E]) => void): () => void;
};
