/** Builds the services the handler table reads from: the same for the Electron app and the browser test host. */
import path from "node:path";
import { loadWorkspace } from "../services/workspace/load-workspace";
import type { HandlerServices } from "./handlers";
import { createWorkspaceState } from "./workspace-state";

/** What the services need to know about the running app. */
export interface AppServiceOptions {
  name: string;
  version: string;
  /** The workspace folder to open. */
  workspaceDir: string;
  /** The embedded default, to tell the user when that is what they are looking at. */
  embeddedWorkspaceDir: string;
}

/** Creates the app's services; nothing is read from disk until first asked. */
export function createAppServices(options: AppServiceOptions): HandlerServices {
  const workspaceDir = path.resolve(options.workspaceDir);
  return {
    appInfo: {
      name: options.name,
      version: options.version,
      workspaceDir,
      embeddedWorkspace: workspaceDir === path.resolve(options.embeddedWorkspaceDir),
    },
    workspace: createWorkspaceState(() => loadWorkspace(workspaceDir)),
  };
}
