/** This machine's settings over the bridge: read them, change some, and follow main's `settings:changed`. */
import { useEffect } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Settings, SettingsPatch } from "../../shared/domain/settings";
import type { WorkspaceChoiceAction } from "../../shared/ipc/contract";
import { oncall } from "../api";
import { APP_INFO_KEY } from "./app-info";

const SETTINGS_KEY = ["settings"] as const;

/** The settings (workspace choice, who am I, start at login, notification pause, theme). */
export function useSettings() {
  return useQuery({ queryKey: SETTINGS_KEY, queryFn: () => oncall().getSettings({}) });
}

/** The engineer id this machine belongs to; null for a watcher, an unanswered question or while loading. */
export function useMyEngineer(): string | null {
  const identity = useSettings().data?.identity;
  // Not `myEngineer` from shared/domain/settings: that module brings zod into the initial bundle.
  return identity?.kind === "engineer" ? identity.engineer : null;
}

/** Changes some settings; main answers with all of them. */
export function useUpdateSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: SettingsPatch) => oncall().updateSettings(patch),
    onSuccess: (settings) => client.setQueryData(SETTINGS_KEY, settings),
  });
}

/** Opens a workspace as the user chooses (main's folder dialog); main then says the workspace changed. */
export function useChooseWorkspace() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: WorkspaceChoiceAction) => oncall().chooseWorkspace({ action }),
    // The folder in use is part of the app info.
    onSuccess: () => void client.invalidateQueries({ queryKey: APP_INFO_KEY }),
  });
}

/** Keeps the settings in step with main's `settings:changed` (another window, the tray, the CLI). */
export function useSettingsEvents(): void {
  const client = useQueryClient();
  useEffect(() => oncall().on("settings:changed", (settings: Settings) => client.setQueryData(SETTINGS_KEY, settings)), [client]);
}
