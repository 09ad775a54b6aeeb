/** The tray icon: who is on call now and how many pipelines are late, from a plain TrayState. */
import type { Menu, MenuItemConstructorOptions, NativeImage, Tray } from "electron";
import type { TrayState, TrayTone } from "../../shared/domain/tray-state";

/** The part of Electron's Tray the service drives, so tests pass a fake. */
export type TrayLike = Pick<Tray, "setImage" | "setTitle" | "setToolTip" | "setContextMenu" | "on" | "destroy">;

/** The OS objects and actions the tray service needs, passed in (DESIGN rule 4). */
export interface TrayServiceOptions {
  createTray: (icon: NativeImage) => TrayLike;
  icon: (tone: TrayTone) => NativeImage;
  createMenu: (template: MenuItemConstructorOptions[]) => Menu;
  onOpen: () => void;
  onQuit: () => void;
}

/** The icon file of a tone: macOS menu bars take monochrome template images, other systems colour. */
export function trayIconFile(tone: TrayTone, platform: NodeJS.Platform): string {
  return platform === "darwin" ? `${tone}Template.png` : `${tone}.png`;
}

function lateText(count: number): string {
  return `${count} pipeline${count === 1 ? "" : "s"} late`;
}

/** The short text beside the macOS tray icon: "Alex Chen · 2 late". */
function trayTitle(state: TrayState): string {
  const who = state.onCall ?? "Nobody on call";
  return state.lateCount > 0 ? `${who} · ${state.lateCount} late` : who;
}

/** The hover text of the tray icon. */
function trayTooltip(state: TrayState): string {
  const who = state.onCall ? `On call: ${state.onCall}` : "On call: not known";
  return `On-Call Desk${state.demo ? " (demo data)" : ""} — ${who} — ${state.lateCount > 0 ? lateText(state.lateCount) : "nothing late"}`;
}

/** Owns the tray icon and mirrors each TrayState onto it. */
export class TrayService {
  private readonly tray: TrayLike;
  private tone: TrayTone | undefined;

  /** Creates the tray icon showing `initial`. */
  constructor(
    private readonly options: TrayServiceOptions,
    initial: TrayState,
  ) {
    this.tray = options.createTray(options.icon(initial.tone));
    this.tone = initial.tone;
    this.tray.on("click", () => options.onOpen());
    this.render(initial);
  }

  /** Shows a new state; the image is only swapped when the tone changes, to avoid flicker. */
  update(state: TrayState): void {
    if (state.tone !== this.tone) {
      this.tray.setImage(this.options.icon(state.tone));
      this.tone = state.tone;
    }
    this.render(state);
  }

  /** Removes the icon from the tray. */
  destroy(): void {
    this.tray.destroy();
  }

  private render(state: TrayState): void {
    this.tray.setTitle(trayTitle(state));
    this.tray.setToolTip(trayTooltip(state));
    this.tray.setContextMenu(
      this.options.createMenu([
        { label: state.onCall ? `On call: ${state.onCall}` : "On call: not known", enabled: false },
        { label: state.lateCount > 0 ? lateText(state.lateCount) : "Nothing late", enabled: false },
        { type: "separator" },
        { label: "Open On-Call Desk", click: () => this.options.onOpen() },
        { label: "Quit", click: () => this.options.onQuit() },
      ]),
    );
  }
}
