/** The command palette (Ctrl/Cmd+K): a modal <dialog> around cmdk's filtered list of commands. */
import { useEffect, useRef } from "react";
import { Command } from "cmdk";
import { routes } from "../../shared/ipc/routes";
import { useUpdateSettings } from "../queries/settings";
import { useAcknowledgeAlert, useSnoozeAlert, useStatus } from "../queries/status";
import { useWorkspaceModel } from "../queries/workspace";
import { useUiStore } from "../stores/ui-store";
import { paletteCommands, type PaletteAction, type PaletteCommand } from "./palette-commands";

const GROUPS: PaletteCommand["group"][] = ["Alerts", "Views", "Pipelines", "Runbooks", "Engineers", "Theme"];

/** The palette; it is mounted while open and closes itself after a choice or Escape. */
export function CommandPalette({ onClose, navigate }: { onClose: () => void; navigate: (path: string) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const { workspace } = useWorkspaceModel();
  const status = useStatus().data;
  const acknowledge = useAcknowledgeAlert();
  const snooze = useSnoozeAlert();
  const updateSettings = useUpdateSettings();
  const setTeamFocus = useUiStore((state) => state.setTeamFocus);
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const element = dialog.current;
    element?.showModal();
    // The dialog would focus cmdk's root (it has a tabindex); typing starts in the search field.
    element?.querySelector<HTMLInputElement>("input")?.focus();
    return () => {
      element?.close();
      // Back where the user was; a navigation then moves focus on to the new view's heading.
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  const run = (action: PaletteAction) => {
    onClose();
    if (action.kind === "go") navigate(action.path);
    else if (action.kind === "engineer") {
      setTeamFocus(action.engineer);
      navigate(routes.team());
    } else if (action.kind === "acknowledge") acknowledge.mutate(action.alertId);
    else if (action.kind === "snooze") snooze.mutate({ alertId: action.alertId, until: action.until });
    else updateSettings.mutate({ theme: action.theme });
  };
  const commands = paletteCommands(workspace, status ?? undefined);
  return (
    <dialog
      ref={dialog}
      className="palette"
      aria-label="Command palette"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog itself.
        if (event.target === dialog.current) onClose();
      }}
    >
      <Command label="Command palette" loop>
        <Command.Input className="palette__input" placeholder="Jump to a view, pipeline, runbook or engineer; act on an alert…" />
        <Command.List className="palette__list" label="Commands">
          <Command.Empty className="palette__empty">Nothing matches.</Command.Empty>
          {GROUPS.map((group) => {
            const items = commands.filter((c) => c.group === group);
            return (
              items.length > 0 && (
                <Command.Group key={group} heading={group} className="palette__group">
                  {items.map((c) => (
                    <Command.Item key={c.id} value={`${c.label} ${c.id}`} keywords={c.keywords} onSelect={() => run(c.action)} className="palette__item">
                      <span>{c.label}</span>
                      {c.shortcut && <kbd className="palette__kbd">{c.shortcut}</kbd>}
                    </Command.Item>
                  ))}
                </Command.Group>
              )
            );
          })}
        </Command.List>
      </Command>
    </dialog>
  );
}
