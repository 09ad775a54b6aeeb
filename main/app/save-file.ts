/**
 * Saving a file the renderer produced through main: the handler only names the file and its text;
 * where it goes is the user's choice in the OS save dialog. The renderer never touches the disk.
 */
import path from "node:path";
import type { SaveDialogOptions, SaveDialogReturnValue } from "electron";
import type { SaveResult } from "../../shared/ipc/contract";

/** Asks where to save `contents` (suggesting `suggestedName`) and writes it; not saved when the user cancels. */
export type SaveFile = (suggestedName: string, contents: string) => Promise<SaveResult>;

/** What the dialog adapter runs on: Electron's save dialog (over the app's window) and a file write. */
export interface SaveDialogDeps {
  showSaveDialog: (options: SaveDialogOptions) => Promise<SaveDialogReturnValue>;
  writeFile: (file: string, contents: string) => Promise<void>;
  /** Folder the dialog opens in, e.g. the user's Downloads. */
  defaultDir: () => string;
}

/** The Electron SaveFile: the save dialog filtered to the suggested name's extension, then a UTF-8 write. */
export function dialogSaveFile(deps: SaveDialogDeps): SaveFile {
  return async (suggestedName, contents) => {
    const extension = path.extname(suggestedName).slice(1);
    const choice = await deps.showSaveDialog({
      defaultPath: path.join(deps.defaultDir(), suggestedName),
      filters: extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [],
    });
    if (choice.canceled || !choice.filePath) return { saved: false };
    await deps.writeFile(choice.filePath, contents);
    return { saved: true, path: choice.filePath };
  };
}

/** The SaveFile of hosts with no dialog (unit tests that do not save): refuses plainly. */
export const noSaveDialog: SaveFile = () => Promise.reject(new Error("saving files is not available here"));
