/** Where the app finds its files, in a packaged build (resources) and when run from the repository. */
import path from "node:path";

/** Facts about the running app that decide the paths. */
export interface PathInputs {
  isPackaged: boolean;
  /** process.resourcesPath: electron-builder's extraResources land here. */
  resourcesPath: string;
  /** app.getAppPath(): the repository root in `npm start`. */
  appPath: string;
  /** Folder of the built main bundle (out/main). */
  mainDir: string;
}

/** The files the app loads at run time. */
export interface AppPaths {
  embeddedWorkspaceDir: string;
  trayIconDir: string;
  rendererDir: string;
  preloadPath: string;
}

/** Resolves the app's paths; the bundled main cannot use load-workspace's import.meta.url guess. */
export function appPaths(inputs: PathInputs): AppPaths {
  const assets = inputs.isPackaged ? inputs.resourcesPath : path.join(inputs.appPath, "assets");
  return {
    embeddedWorkspaceDir: path.join(assets, "workspace"),
    trayIconDir: path.join(assets, "tray"),
    rendererDir: path.join(inputs.mainDir, "../renderer"),
    preloadPath: path.join(inputs.mainDir, "../preload/preload.cjs"),
  };
}
