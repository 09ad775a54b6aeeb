/**
 * The tray icon and its menu: who is on call now and next, the user's next shift, each open alert,
 * and the app's actions. Where tray titles and tooltips are often not shown (Linux), the menu also
 * carries the state the tooltip says: the workspace and what is late.
 */
import type { Menu, MenuItemConstructorOptions, NativeImage, Tray } from "electron";
import type { AlertKind } from "../../shared/domain/status";
import type { TrayState, TrayTone } from "../../shared/domain/tray-state";
import { routes, type RoutePath } from "../../shared/ipc/routes";
import { alertRoute } from "./alert-route";

/** The part of Electron's Tray the service drives, so tests pass a fake. */
export type TrayLike = Pick<Tray, "setImage" | "setTitle" | "setToolTip" | "setContextMenu" | "on" | "destroy">;

/** An open alert as the menu lists it. */
export interface TrayAlert {
  id: string;
  pipelineId: string;
  kind: AlertKind;
  /** "Demo: Aggregate Profit is late". */
  title: string;
  snoozed: boolean;
}

/** What the running desk tells the tray. */
export interface TrayDesk extends TrayState {
  /** "Sarah Johnson (evening, from 17:00)"; undefined when not known. */
  next?: string;
  /** The user's own shift: "You are on call until 17:00", "Your next shift: Wed 11 Mar, 09:00–17:00 (day)"; undefined for a watcher. */
  mine?: string;
  /** Open and snoozed alerts, newest first. */
  alerts: TrayAlert[];
}

/** What the app (not the desk) tells the tray. */
export interface TrayContext {
  /** The workspace as people call it: its name, "no workspace chosen", … */
  workspace: string;
  /** True when the open workspace cannot run (its folder is gone, or it has problems). */
  problems: boolean;
  /** Local time notifications are paused until ("14:05"), or null. */
  pausedUntil: string | null;
  /** False while "who am I" is unanswered: the menu offers to answer it. */
  identified: boolean;
}

/** The menu's actions, passed in. */
export interface TrayActions {
  onOpen: () => void;
  /** Opens the window on a view. */
  onOpenPath: (path: RoutePath) => void;
  onAcknowledgeAll: () => void;
  /** Pauses notifications for an hour, or resumes them when paused. */
  onTogglePause: () => void;
  onOpenWorkspace: () => void;
  onQuit: () => void;
}

/** The OS objects and actions the tray service needs, passed in (DESIGN rule 4). */
export interface TrayServiceOptions extends TrayActions {
  createTray: (icon: NativeImage) => TrayLike;
  icon: (tone: TrayTone) => NativeImage;
  createMenu: (template: MenuItemConstructorOptions[]) => Menu;
  platform: NodeJS.Platform;
}

/** The icon file of a tone: macOS menu bars take monochrome template images, other systems colour. */
export function trayIconFile(tone: TrayTone, platform: NodeJS.Platform): string {
  return platform === "darwin" ? `${tone}Template.png` : `${tone}.png`;
}

/** Alerts listed one by one in the menu; the rest are summed up. */
const LISTED_ALERTS = 8;

function lateText(count: number): string {
  return count > 0 ? `${count} pipeline${count === 1 ? "" : "s"} late` : "nothing late";
}

/** "Data Engineering (demo data)", "team-ws (has problems)". */
function workspaceText(desk: TrayDesk, context: TrayContext): string {
  return `${context.workspace}${context.problems ? " (has problems)" : desk.demo ? " (demo data)" : ""}`;
}

/** The short text beside the macOS tray icon: "Alex Chen · 2 late". */
function trayTitle(desk: TrayDesk): string {
  const who = desk.onCall ?? "Nobody on call";
  return desk.lateCount > 0 ? `${who} · ${desk.lateCount} late` : who;
}

/** The hover text of the tray icon: the workspace, who is on call, what is late, and a pause. */
export function trayTooltip(desk: TrayDesk, context: TrayContext): string {
  const who = desk.onCall ? `On call: ${desk.onCall}` : "On call: not known";
  const paused = context.pausedUntil ? ` — notifications paused until ${context.pausedUntil}` : "";
  return `On-Call Desk — ${workspaceText(desk, context)} — ${who} — ${lateText(desk.lateCount)}${paused}`;
}

/** The tray menu. */
export function trayMenu(desk: TrayDesk, context: TrayContext, platform: NodeJS.Platform, actions: TrayActions): MenuItemConstructorOptions[] {
  const info = (label: string): MenuItemConstructorOptions => ({ label, enabled: false });
  const state: MenuItemConstructorOptions[] = platform === "linux" ? [info(`Workspace: ${workspaceText(desk, context)}`)] : [];
  const you = context.identified
    ? desk.mine !== undefined
      ? [info(desk.mine)]
      : []
    : [{ label: "Who are you? Set it in Settings…", click: () => actions.onOpenPath(routes.settings()) }];
  const unacknowledged = desk.alerts.filter((a) => !a.snoozed).length;
  const alerts: MenuItemConstructorOptions[] = desk.alerts.length
    ? [
        ...desk.alerts.slice(0, LISTED_ALERTS).map((a) => ({ label: `${a.title}${a.snoozed ? " (snoozed)" : ""}`, click: () => actions.onOpenPath(alertRoute(a)) })),
        ...(desk.alerts.length > LISTED_ALERTS ? [{ label: `…and ${desk.alerts.length - LISTED_ALERTS} more`, click: () => actions.onOpenPath(routes.pipelines()) }] : []),
      ]
    : [info("No open alerts")];
  return [
    ...state,
    info(desk.onCall ? `On call: ${desk.onCall}` : "On call: not known"),
    ...(desk.next ? [info(`Next: ${desk.next}`)] : []),
    ...you,
    info(lateText(desk.lateCount).replace(/^n/, "N")),
    { type: "separator" },
    ...alerts,
    { label: unacknowledged ? `Acknowledge all (${unacknowledged})` : "Acknowledge all", enabled: unacknowledged > 0, click: () => actions.onAcknowledgeAll() },
    { type: "separator" },
    { label: context.pausedUntil ? `Resume notifications (paused until ${context.pausedUntil})` : "Pause notifications for 1 hour", click: () => actions.onTogglePause() },
    { label: "Open workspace…", click: () => actions.onOpenWorkspace() },
    { label: "Open On-Call Desk", click: () => actions.onOpen() },
    { type: "separator" },
    { label: "Quit", click: () => actions.onQuit() },
  ];
}

/** Owns the tray icon and mirrors the desk's and the app's state onto it. */
export class TrayService {
  private readonly tray: TrayLike;
  private tone: TrayTone;

  /** Creates the tray icon showing `desk` in `context`. */
  constructor(
    private readonly options: TrayServiceOptions,
    private desk: TrayDesk,
    private context: TrayContext,
  ) {
    this.tray = options.createTray(options.icon(desk.tone));
    this.tone = desk.tone;
    this.tray.on("click", () => options.onOpen());
    this.render();
  }

  /** Shows a new desk state; the image is only swapped when the tone changes, to avoid flicker. */
  update(desk: TrayDesk): void {
    if (desk.tone !== this.tone) {
      this.tray.setImage(this.options.icon(desk.tone));
      this.tone = desk.tone;
    }
    this.desk = desk;
    this.render();
  }

  /** Shows a new app context (workspace, pause, identity). */
  setContext(context: TrayContext): void {
    this.context = context;
    this.render();
  }

  /** Removes the icon from the tray. */
  destroy(): void {
    this.tray.destroy();
  }

  private render(): void {
    this.tray.setTitle(trayTitle(this.desk));
    this.tray.setToolTip(trayTooltip(this.desk, this.context));
    this.tray.setContextMenu(this.options.createMenu(trayMenu(this.desk, this.context, this.options.platform, this.options)));
  }
}
