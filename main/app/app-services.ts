/** Builds the services the handler table reads from: the same for the Electron app and the browser test host. */
import path from "node:path";
import { memoryStore, type KeyValueStore } from "../services/alerts/key-value-store";
import { systemClock, type Clock } from "../services/clock";
import { memorySecretStore, storedSecretsFirst, type SecretStore } from "../services/secrets/secret-store";
import type { SecretEnv } from "../services/sources/http/credentials";
import { createStatusMonitor } from "../services/status/monitor";
import { loadWorkspace } from "../services/workspace/load-workspace";
import { createSettingsService } from "../services/settings/settings-service";
import { createHandoffStore } from "../services/incidents/handoff-store";
import { createIncidentService } from "../services/incidents/incident-service";
import { noWorkspaceChoice, type ChooseWorkspace, type HandlerServices } from "./handlers";
import { createLiveDesk } from "./live-desk";
import { noSaveDialog, type SaveFile } from "./save-file";
import { createWorkspaceState } from "./workspace-state";

/** What the services need to know about the running app, and the outside world they run on. */
export interface AppServiceOptions {
  name: string;
  version: string;
  /** The workspace folder to open. */
  workspaceDir: string;
  /** The embedded default, to tell the user when that is what they are looking at. */
  embeddedWorkspaceDir: string;
  /** Time for polls, deadlines and "now"; the tests pin it. Default: the system clock. */
  clock?: Clock;
  /** Where alerts persist (electron-store in the app). Default: memory, for tests. */
  alertStore?: KeyValueStore;
  /** Where source secrets are kept (safeStorage in the app). Default: memory, for tests. */
  secrets?: SecretStore;
  /** Where a `password_env` not in `secrets` is looked up (process.env in the app). Default: nowhere, so tests never read the real environment. */
  env?: SecretEnv;
  /** Saves exported files where the user chooses (the save dialog in the app). Default: refuses, for tests that export nothing. */
  saveFile?: SaveFile;
  /** Where this machine's settings persist (electron-store in the app). Default: memory, for tests. */
  settingsStore?: KeyValueStore;
  /** Switches the workspace as the user chooses (dialogs in the app). Default: refuses, for tests that do not switch. */
  chooseWorkspace?: ChooseWorkspace;
  /** The state folder incidents (`incidents/<id>.jsonl`) and hand-over notes are kept in: the app's user-data folder; a temp dir in tests. Absent: incident channels refuse plainly. */
  stateDir?: string;
  /** Told about problems that do not stop anything (unreadable stored alerts, a misbehaving source). */
  onProblem?: (message: string) => void;
}

/** Creates the app's services; nothing is read from disk and nothing polls until first asked. */
export function createAppServices(options: AppServiceOptions): HandlerServices {
  const workspaceDir = path.resolve(options.workspaceDir);
  const clock = options.clock ?? systemClock();
  const store = options.alertStore ?? memoryStore();
  const workspace = createWorkspaceState(() => loadWorkspace(workspaceDir));
  const secrets = { store: options.secrets ?? memorySecretStore(), env: options.env ?? {} };
  const sourceEnv = storedSecretsFirst(secrets.store, secrets.env);
  const onProblem = options.onProblem ?? ((m: string) => console.warn(`oncall-desk: ${m}`));
  const settings = createSettingsService(options.settingsStore ?? memoryStore(), onProblem);
  const desk = createLiveDesk(workspace, (ws) =>
    createStatusMonitor({ workspace: ws, store, clock, env: sourceEnv, onProblem }),
  );
  return {
    appInfo: {
      name: options.name,
      version: options.version,
      workspaceDir,
      embeddedWorkspace: workspaceDir === path.resolve(options.embeddedWorkspaceDir),
    },
    workspace,
    desk,
    clock,
    secrets,
    saveFile: options.saveFile ?? noSaveDialog,
    settings,
    chooseWorkspace: options.chooseWorkspace ?? noWorkspaceChoice,
    incidents: createIncidentService({ stateDir: options.stateDir, onProblem }),
    handoffs: createHandoffStore(options.stateDir, onProblem),
  };
}
