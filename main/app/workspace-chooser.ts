/**
 * The user's ways to pick the workspace (the welcome view, "Open workspace…"): their team's folder,
 * a new folder filled from the embedded template (to commit to their git), or the demo. The folder
 * dialog is passed in, as the save dialog is in save-file.ts.
 */
import { cp, readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { OpenDialogOptions, OpenDialogReturnValue } from "electron";
import type { WorkspaceChoice } from "../../shared/domain/settings";
import type { WorkspaceChoiceAction, WorkspaceChosen } from "../../shared/ipc/contract";
import type { ChooseWorkspace } from "./handlers";

/** Asks the user for a folder; undefined when they cancel. */
export type PickFolder = (purpose: "open" | "create") => Promise<string | undefined>;

/** The PickFolder of hosts with no dialog (tests that do not pick folders): refuses plainly. */
export const noFolderDialog: PickFolder = () => Promise.reject(new Error("folder dialogs are not available here"));

/** Electron's open dialog as a PickFolder: folders only, with a new-folder button for the template's target. */
export function dialogPickFolder(showOpenDialog: (options: OpenDialogOptions) => Promise<OpenDialogReturnValue>): PickFolder {
  return async (purpose) => {
    const choice = await showOpenDialog(
      purpose === "open"
        ? { title: "Open your team's workspace folder", buttonLabel: "Open workspace", properties: ["openDirectory"] }
        : { title: "Choose an empty folder for the new workspace", buttonLabel: "Create workspace here", properties: ["openDirectory", "createDirectory", "promptToCreate"] },
    );
    return choice.canceled ? undefined : choice.filePaths[0];
  };
}

/** What the chooser works with. */
export interface WorkspaceChooserOptions {
  pickFolder: PickFolder;
  /** The embedded default workspace: the template copied by "create", and the demo. */
  templateDir: string;
  /** Saves the choice and opens it (WorkspaceSession.open); resolves with the folder now open. */
  open: (choice: WorkspaceChoice) => Promise<{ dir: string | null }>;
}

/** Entries a new workspace folder may already hold: a fresh `git init` is the natural place for one. */
const ALLOWED_IN_TARGET = new Set([".git", ".DS_Store"]);

/** Throws, saying why, unless `dir` holds a workspace (its workspace.yaml; the app then reports any problems in it). */
async function ensureWorkspaceFolder(dir: string): Promise<void> {
  const found = await stat(path.join(dir, "workspace.yaml")).catch(() => undefined);
  if (!found?.isFile()) {
    throw new Error(`${dir} is not a workspace folder: it has no workspace.yaml. Choose the folder that holds workspace.yaml, or create a new workspace from the template`);
  }
}

/** Throws, naming what is there, unless `dir` is empty (but for a .git folder) or does not exist yet. */
async function ensureEmptyTarget(dir: string): Promise<void> {
  // A folder that does not exist yet (typed into the dialog) is empty: the copy creates it.
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  const entries = names.filter((name) => !ALLOWED_IN_TARGET.has(name)).sort();
  if (entries.length === 0) return;
  const shown = entries.slice(0, 3).join(", ") + (entries.length > 3 ? `, and ${entries.length - 3} more` : "");
  throw new Error(`${dir} is not empty (it holds ${shown}): choose an empty folder for the new workspace, so nothing of yours is overwritten`);
}

/** The ChooseWorkspace of the app: dialogs, checks and the template copy, then the session opens the choice. */
export function createWorkspaceChooser(options: WorkspaceChooserOptions): ChooseWorkspace {
  const chosen = async (choice: WorkspaceChoice): Promise<WorkspaceChosen> => {
    const { dir } = await options.open(choice);
    return dir === null ? { chosen: true } : { chosen: true, workspaceDir: dir };
  };
  const steps: Record<WorkspaceChoiceAction, () => Promise<WorkspaceChosen>> = {
    demo: () => chosen({ kind: "demo" }),
    "open-folder": async () => {
      const dir = await options.pickFolder("open");
      if (dir === undefined) return { chosen: false };
      await ensureWorkspaceFolder(dir);
      return chosen({ kind: "folder", dir: path.resolve(dir) });
    },
    "create-from-template": async () => {
      const dir = await options.pickFolder("create");
      if (dir === undefined) return { chosen: false };
      await ensureEmptyTarget(dir);
      // force: false and errorOnExist: a file that appeared meanwhile is never overwritten.
      await cp(options.templateDir, dir, { recursive: true, force: false, errorOnExist: true });
      return chosen({ kind: "folder", dir: path.resolve(dir) });
    },
  };
  return (action) => steps[action]();
}
