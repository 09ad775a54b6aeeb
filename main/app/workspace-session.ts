/**
 * Which workspace the app has open, and why: the folder or demo chosen in the settings, the
 * OCD_WORKSPACE override, or nothing yet (the window then shows the welcome view). It follows the
 * settings, so choosing another workspace anywhere (welcome view, "Open workspace…", Settings)
 * switches the running app at once. The override holds until the user chooses during the run.
 */
import path from "node:path";
import type { WorkspaceChoice } from "../../shared/domain/settings";
import type { WorkspaceOrigin } from "../../shared/ipc/contract";
import type { SettingsService } from "../services/settings/settings-service";

/** The workspace the app has open: its folder (null while none is chosen) and how it was chosen. */
export interface OpenedWorkspace {
  dir: string | null;
  origin: WorkspaceOrigin;
}

/** The workspace to open for a settings choice, unless an override (OCD_WORKSPACE) names a folder. */
export function openedWorkspace(choice: WorkspaceChoice | null, override: string | undefined, embeddedDir: string): OpenedWorkspace {
  if (override !== undefined) return { dir: path.resolve(override), origin: "environment" };
  if (choice === null) return { dir: null, origin: "none" };
  if (choice.kind === "demo") return { dir: path.resolve(embeddedDir), origin: "demo" };
  return { dir: path.resolve(choice.dir), origin: "folder" };
}

/** The open workspace, followed. */
export interface WorkspaceSession {
  opened(): OpenedWorkspace;
  /** Saves `choice` in the settings and opens it, even over an override; returns what is now open. */
  open(choice: WorkspaceChoice): OpenedWorkspace;
  /** Called after every switch; returns the unsubscribe function. */
  subscribe(listener: (opened: OpenedWorkspace) => void): () => void;
  /** Stops following the settings. */
  stop(): void;
}

/** What the session follows. */
export interface WorkspaceSessionOptions {
  settings: SettingsService;
  /** OCD_WORKSPACE: a folder opened whatever the settings say, until the user chooses another. */
  override?: string;
  /** The embedded default workspace, opened for the demo. */
  embeddedDir: string;
}

/** Opens the workspace the settings (or the override) name and follows later choices. */
export function createWorkspaceSession(options: WorkspaceSessionOptions): WorkspaceSession {
  const { settings, embeddedDir } = options;
  let override = options.override;
  let seen = JSON.stringify(settings.get().workspace);
  let current = openedWorkspace(settings.get().workspace, override, embeddedDir);
  const listeners = new Set<(opened: OpenedWorkspace) => void>();

  const apply = (choice: WorkspaceChoice | null) => {
    const next = openedWorkspace(choice, override, embeddedDir);
    if (next.dir === current.dir && next.origin === current.origin) return;
    current = next;
    for (const listener of [...listeners]) listener(current);
  };

  const unsubscribe = settings.subscribe((changed) => {
    const key = JSON.stringify(changed.workspace);
    if (key === seen) return;
    seen = key;
    // A choice made during the run is the user's latest word: it wins over the environment.
    override = undefined;
    apply(changed.workspace);
  });

  return {
    opened: () => current,
    open(choice) {
      override = undefined;
      settings.update({ workspace: choice });
      // Choosing what the settings already held changes no setting, but still ends an override.
      apply(choice);
      return current;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    stop: unsubscribe,
  };
}
