/** The welcome view's calls over the bridge: choose the workspace, say who you are, and keep AppInfo current. */
import { useEffect } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Identity } from "../../../shared/domain/settings";
import type { WorkspaceChoiceAction } from "../../../shared/ipc/contract";
import { oncall } from "../../api";
import { APP_INFO_KEY } from "../../queries/app-info";

/** Opens a workspace as the user chooses (main shows the folder dialog); everything shown is about the new one afterwards. */
export function useChooseWorkspace() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: WorkspaceChoiceAction) => oncall().chooseWorkspace({ action }),
    onSuccess: (result) => {
      if (result.chosen) void client.invalidateQueries();
    },
  });
}

/** Saves who uses this machine and whether the app starts at login (null: the default, on). */
export function useSaveIdentity() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (answer: { identity: Identity | null; startAtLogin: boolean | null }) => oncall().updateSettings(answer),
    onSuccess: () => void client.invalidateQueries(),
  });
}

/** Keeps AppInfo (the open workspace and how it was chosen) current: the tray's "Open workspace…" switches it from main. */
export function useAppInfoEvents(): void {
  const client = useQueryClient();
  useEffect(() => {
    const refresh = () => void client.invalidateQueries({ queryKey: APP_INFO_KEY });
    const stops = [oncall().on("workspace:changed", refresh), oncall().on("settings:changed", refresh)];
    return () => stops.forEach((stop) => stop());
  }, [client]);
}
