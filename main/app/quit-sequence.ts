/**
 * Quitting in order: Electron's `will-quit` is synchronous, but stopping the desk is not (reads in
 * flight wind down, attachments detach and update the tray one last time). The quit is held until
 * the shutdown has finished, so nothing touches an OS object after it was destroyed.
 */
import type { App } from "electron";

/** The part of `app` the sequence drives, so tests pass a fake. */
export type QuittableApp = Pick<App, "on" | "quit">;

/** Runs `shutdown` once when the app is about to quit, then lets the quit go ahead; a failing shutdown is reported and still quits. */
export function quitAfter(app: QuittableApp, shutdown: () => Promise<void>, onProblem: (message: string) => void): void {
  let state: "running" | "stopping" | "stopped" = "running";
  app.on("will-quit", (event) => {
    if (state === "stopped") return;
    event.preventDefault();
    if (state === "stopping") return;
    state = "stopping";
    void shutdown()
      .catch((error: unknown) => onProblem(`shutting down: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        state = "stopped";
        app.quit();
      });
  });
}
