/** What the command palette offers: every view, pipeline, runbook and engineer to jump to, and the actions on open alerts. */
import type { Settings } from "../../shared/domain/settings";
import type { StatusSnapshot } from "../../shared/domain/status";
import type { Workspace } from "../../shared/domain/workspace";
import { routes } from "../../shared/ipc/routes";
import { alertLabel } from "../components/alert-text";
import { NAV } from "../app/route-table";
import { viewShortcutText } from "../app/shortcut-text";

/** What choosing a command does. */
export type PaletteAction =
  | { kind: "go"; path: string }
  | { kind: "engineer"; engineer: string }
  | { kind: "acknowledge"; alertId: string }
  | { kind: "snooze"; alertId: string; until: string }
  | { kind: "theme"; theme: Settings["theme"] };

/** One command. */
export interface PaletteCommand {
  /** Unique; cmdk filters on it with the keywords. */
  id: string;
  label: string;
  group: "Alerts" | "Views" | "Pipelines" | "Runbooks" | "Engineers" | "Theme";
  keywords: string[];
  /** The shortcut to show beside it. */
  shortcut?: string;
  action: PaletteAction;
}

const HOUR_MS = 3_600_000;

/** Every command for the current workspace and status (either may still be loading). */
export function paletteCommands(workspace: Workspace | undefined, status: StatusSnapshot | undefined): PaletteCommand[] {
  const commands: PaletteCommand[] = [];
  const names = new Map((status?.pipelines ?? []).map((p) => [p.id, p.name]));
  for (const alert of status?.alerts ?? []) {
    const label = alertLabel(alert, names.get(alert.pipelineId) ?? alert.pipelineId);
    if (alert.state === "open" || alert.state === "snoozed") commands.push({ id: `ack:${alert.id}`, label: `Acknowledge ${label}`, group: "Alerts", keywords: ["ack", alert.pipelineId], action: { kind: "acknowledge", alertId: alert.id } });
    // An hour from main's now (the snapshot's instant), as the Now view's button does.
    if (alert.state === "open") commands.push({ id: `snooze:${alert.id}`, label: `Snooze ${label} for 1 hour`, group: "Alerts", keywords: [alert.pipelineId], action: { kind: "snooze", alertId: alert.id, until: new Date(Date.parse(status!.at) + HOUR_MS).toISOString() } });
  }
  for (const entry of NAV) commands.push({ id: `view:${entry.id}`, label: `Go to ${entry.label}`, group: "Views", keywords: [entry.id], shortcut: viewShortcutText(entry.digit), action: { kind: "go", path: entry.path } });
  commands.push({ id: "view:handoff", label: "Go to Hand-over", group: "Views", keywords: ["handoff", "handover"], action: { kind: "go", path: routes.handoff() } });
  for (const p of workspace?.pipelines ?? []) commands.push({ id: `pipeline:${p.id}`, label: `Pipeline ${p.name}`, group: "Pipelines", keywords: [p.id, p.area], action: { kind: "go", path: routes.pipeline(p.id) } });
  for (const r of Object.values(workspace?.runbooks ?? {})) {
    // Found by the pipeline's name too: in an incident one thinks "Aggregate Profit", not the runbook's title.
    const pipelineName = workspace?.pipelines.find((p) => p.id === r.pipelineId)?.name ?? "";
    commands.push({ id: `runbook:${r.pipelineId}`, label: `Runbook ${r.title}`, group: "Runbooks", keywords: [r.pipelineId, pipelineName], action: { kind: "go", path: routes.runbook(r.pipelineId) } });
  }
  for (const e of workspace?.team ?? []) commands.push({ id: `engineer:${e.id}`, label: `Engineer ${e.name}`, group: "Engineers", keywords: [e.id, e.level], action: { kind: "engineer", engineer: e.id } });
  for (const theme of ["system", "light", "dark"] as const) commands.push({ id: `theme:${theme}`, label: theme === "system" ? "Theme: follow the system" : `Theme: ${theme}`, group: "Theme", keywords: ["theme", "dark mode"], action: { kind: "theme", theme } });
  return commands;
}
