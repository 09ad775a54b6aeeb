/**
 * The application menu, replacing Electron's default (whose View menu offers Reload and Toggle
 * Developer Tools to anyone): only what a tray app needs. Text editing keeps its shortcuts.
 */
import type { MenuItemConstructorOptions } from "electron";

/** What the menu's own items do. */
export interface AppMenuActions {
  onOpenWorkspace: () => void;
}

/** The menu template for `platform`. */
export function appMenuTemplate(platform: NodeJS.Platform, actions: AppMenuActions): MenuItemConstructorOptions[] {
  const openWorkspace: MenuItemConstructorOptions = { label: "Open Workspace…", accelerator: "CmdOrCtrl+O", click: () => actions.onOpenWorkspace() };
  if (platform === "darwin") {
    return [
      { role: "appMenu", submenu: [{ role: "about" }, { type: "separator" }, { role: "hide" }, { role: "hideOthers" }, { role: "unhide" }, { type: "separator" }, { role: "quit" }] },
      { label: "File", submenu: [openWorkspace, { type: "separator" }, { role: "close" }] },
      { role: "editMenu" },
      { role: "windowMenu" },
    ];
  }
  return [
    { label: "File", submenu: [openWorkspace, { type: "separator" }, { role: "close" }, { role: "quit" }] },
    { role: "editMenu" },
  ];
}
