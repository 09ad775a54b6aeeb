/** Builds the services the handler table reads from: the same for the Electron app and the browser test host. */
import path from "node:path";
import type { Workspace } from "../../shared/domain/workspace";
import type { AppInfo } from "../../shared/ipc/contract";
import { memoryStore, type KeyValueStore } from "../services/alerts/key-value-store";
import { systemClock, type Clock } from "../services/clock";
import { memorySecretStore, storedSecretsFirst, type SecretStore } from "../services/secrets/secret-store";
import type { SecretEnv } from "../services/sources/http/credentials";
import { createStatusMonitor } from "../services/status/monitor";
import { createSettingsService } from "../services/settings/settings-service";
import type { HandlerServices } from "./handlers";
import { createLiveDesk } from "./live-desk";
import { openedWorkspaceStores } from "./opened-workspace-stores";
import { loadOpenedWorkspace } from "./load-opened-workspace";
import { noSaveDialog, type SaveFile } from "./save-file";
import { createWorkspaceChooser, noFolderDialog, type PickFolder } from "./workspace-chooser";
import { createWorkspaceSession, type WorkspaceSession } from "./workspace-session";
import { createWorkspaceState } from "./workspace-state";

/** What the services need to know about the running app, and the outside world they run on. */
export interface AppServiceOptions {
  name: string;
  version: string;
  /** A workspace folder opened whatever the settings say, until the user chooses another (OCD_WORKSPACE in the app). */
  workspaceOverride?: string;
  /** The embedded default: the demo workspace, and the template new workspaces are copied from. */
  embeddedWorkspaceDir: string;
  /** Time for polls, deadlines and "now"; the tests pin it. Default: the system clock. */
  clock?: Clock;
  /** Where the alerts of the workspace in a folder persist (electron-store per workspace in the app). Default: memory, for tests. */
  alertStoreFor?: (workspaceDir: string) => KeyValueStore;
  /** Where source secrets are kept (safeStorage in the app). Default: memory, for tests. */
  secrets?: SecretStore;
  /** Where a `password_env` not in `secrets` is looked up (process.env in the app). Default: nowhere, so tests never read the real environment. */
  env?: SecretEnv;
  /** Saves exported files where the user chooses (the save dialog in the app). Default: refuses, for tests that export nothing. */
  saveFile?: SaveFile;
  /** Where this machine's settings persist (electron-store in the app). Default: memory, for tests. */
  settingsStore?: KeyValueStore;
  /** Asks for a workspace folder (the folder dialog in the app). Default: refuses, so only the demo can be chosen. */
  pickFolder?: PickFolder;
  /** A workspace's state folder, where its incidents (`incidents/<id>.jsonl`) and hand-over notes are kept (a folder per workspace under user data in the app; a temp dir in tests). Absent: the incident channels refuse plainly. */
  stateDirFor?: (workspaceDir: string) => string;
  /** Told about problems that do not stop anything (unreadable stored alerts, a misbehaving source). */
  onProblem?: (message: string) => void;
}

/** The handler services plus the session that says which workspace is open (the shell follows it with the watcher and the tray). */
export interface AppServices extends HandlerServices {
  session: WorkspaceSession;
}

/** One store per folder, made on first use. */
function storesByFolder(make: (workspaceDir: string) => KeyValueStore): (workspaceDir: string) => KeyValueStore {
  const stores = new Map<string, KeyValueStore>();
  return (dir) => {
    let store = stores.get(dir);
    if (!store) stores.set(dir, (store = make(dir)));
    return store;
  };
}

/** Creates the app's services; nothing is read from disk and nothing polls until first asked. */
export function createAppServices(options: AppServiceOptions): AppServices {
  const clock = options.clock ?? systemClock();
  const embeddedDir = path.resolve(options.embeddedWorkspaceDir);
  const alertStoreFor = storesByFolder(options.alertStoreFor ?? (() => memoryStore()));
  const secrets = { store: options.secrets ?? memorySecretStore(), env: options.env ?? {} };
  const sourceEnv = storedSecretsFirst(secrets.store, secrets.env);
  const onProblem = options.onProblem ?? ((m: string) => console.warn(`oncall-desk: ${m}`));
  const settings = createSettingsService(options.settingsStore ?? memoryStore(), onProblem);
  const session = createWorkspaceSession({ settings, override: options.workspaceOverride, embeddedDir });
  // Which folder each loaded workspace came from, so its desk keeps its alerts with that folder even when a switch overtakes it.
  const folderOf = new WeakMap<Workspace, string>();
  const load = (opened = session.opened()) => async () => {
    const result = await loadOpenedWorkspace(opened);
    if (result.ok && opened.dir !== null) folderOf.set(result.workspace, opened.dir);
    return result;
  };
  const workspace = createWorkspaceState(load());
  let switching: Promise<unknown> = Promise.resolve();
  session.subscribe((opened) => {
    switching = workspace.switchTo(load(opened)).catch((error: unknown) => onProblem(`opening ${opened.dir ?? "no workspace"}: ${error instanceof Error ? error.message : String(error)}`));
  });
  const desk = createLiveDesk(workspace, (ws) =>
    // Every valid workspace was read by `load`, which noted its folder.
    createStatusMonitor({ workspace: ws, store: alertStoreFor(folderOf.get(ws)!), clock, env: sourceEnv, onProblem }),
  );
  return {
    // Read at every call: the workspace, and how it was chosen, change when the user opens another.
    get appInfo(): AppInfo {
      const { dir, origin } = session.opened();
      return { name: options.name, version: options.version, workspaceDir: dir, embeddedWorkspace: dir === embeddedDir, workspaceOrigin: origin };
    },
    workspace,
    desk,
    clock,
    secrets,
    saveFile: options.saveFile ?? noSaveDialog,
    settings,
    chooseWorkspace: createWorkspaceChooser({
      pickFolder: options.pickFolder ?? noFolderDialog,
      templateDir: embeddedDir,
      // The answer waits for the new workspace to be read and its desk to start, so the window's next question is about it.
      open: async (choice) => {
        const opened = session.open(choice);
        await switching;
        await desk.current();
        return opened;
      },
    }),
    session,
    ...openedWorkspaceStores(() => session.opened().dir, options.stateDirFor, onProblem),
  };
}
