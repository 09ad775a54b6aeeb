/** Says which workspace the window watches, in a few words, for the sidebar under the workspace's name. */
import type { AppInfo } from "../../shared/ipc/contract";

/** "demo data", the folder's path, or the override's path marked as such; "" before a choice. */
export function workspaceSource(info: Pick<AppInfo, "workspaceDir" | "workspaceOrigin">): string {
  switch (info.workspaceOrigin) {
    case "demo":
      return "demo data";
    case "environment":
      return `OCD_WORKSPACE ${info.workspaceDir ?? ""}`;
    case "folder":
      return info.workspaceDir ?? "";
    case "none":
      return "";
  }
}
