/**
 * The main window's life: created on demand, hidden (not closed) by its close button, and
 * destroyed once it has stayed hidden for a while, so a renderer is not kept alive in the
 * background for days; the next "Open On-Call Desk" builds a fresh one.
 */
import type { BrowserWindow } from "electron";
import type { Clock } from "../services/clock";

/** How long a hidden window is kept before it is destroyed. */
export const HIDDEN_WINDOW_LIFETIME_MS = 10 * 60_000;

/** The part of a BrowserWindow the keeper drives, so tests pass a fake. */
export type KeptWindow = Pick<BrowserWindow, "show" | "focus" | "isDestroyed" | "isVisible" | "destroy" | "on">;

/** The main window, kept. */
export interface WindowKeeper<W extends KeptWindow> {
  /** Shows and focuses the window, or builds one (it shows itself when painted); returns it and whether it was just built. */
  show(): { window: W; created: boolean };
  /** The window, when one exists. */
  current(): W | undefined;
}

/** Keeps the window that `create` builds (createMainWindow, whose close button hides it). */
export function keepWindow<W extends KeptWindow>(create: () => W, clock: Clock, hiddenLifetimeMs = HIDDEN_WINDOW_LIFETIME_MS): WindowKeeper<W> {
  let window: W | undefined;
  let cancelDestroy: (() => void) | undefined;
  const stopCountdown = () => {
    cancelDestroy?.();
    cancelDestroy = undefined;
  };
  const build = (): W => {
    const built = create();
    built.on("hide", () => {
      stopCountdown();
      cancelDestroy = clock.setTimer(() => {
        cancelDestroy = undefined;
        if (!built.isDestroyed() && !built.isVisible()) built.destroy();
      }, hiddenLifetimeMs);
    });
    built.on("show", stopCountdown);
    built.on("closed", () => {
      stopCountdown();
      if (window === built) window = undefined;
    });
    return built;
  };
  return {
    show() {
      if (window && !window.isDestroyed()) {
        window.show();
        window.focus();
        return { window, created: false };
      }
      // A new window shows itself on its first paint (createMainWindow), so it never flashes white.
      window = build();
      return { window, created: true };
    },
    current: () => (window && !window.isDestroyed() ? window : undefined),
  };
}
