import { describe, expect, it, vi } from "vitest";
import type { MenuItemConstructorOptions } from "electron";
import { appMenuTemplate } from "../../../main/app/app-menu";

/** Every role and label in a template, submenus included. */
function entries(template: MenuItemConstructorOptions[]): string[] {
  return template.flatMap((item) => [item.role ?? item.label ?? item.type ?? "?", ...(Array.isArray(item.submenu) ? entries(item.submenu) : [])]);
}

describe("the application menu", () => {
  it.each(["darwin", "linux", "win32"] as const)("on %s has no Reload, developer tools or View menu, keeps editing, and offers Open Workspace…", (platform) => {
    const onOpenWorkspace = vi.fn();
    const template = appMenuTemplate(platform, { onOpenWorkspace });
    const all = entries(template);
    for (const forbidden of ["reload", "forceReload", "toggleDevTools", "viewMenu", "View"]) expect(all).not.toContain(forbidden);
    expect(all).toContain("editMenu");
    const open = template.flatMap((item) => (Array.isArray(item.submenu) ? item.submenu : [])).find((item) => item.label === "Open Workspace…");
    (open?.click as () => void)();
    expect(onOpenWorkspace).toHaveBeenCalledTimes(1);
  });
});
