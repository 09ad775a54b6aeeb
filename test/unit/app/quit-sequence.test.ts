import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { quitAfter, type QuittableApp } from "../../../main/app/quit-sequence";

/** Copies Electron's app.quit(): `will-quit` may be prevented, and a later quit() emits it again. */
function fakeApp() {
  const steps: string[] = [];
  const emitter = new EventEmitter();
  const app = Object.assign(emitter, {
    quit() {
      let prevented = false;
      emitter.emit("will-quit", { preventDefault: () => (prevented = true) });
      steps.push(prevented ? "quit held" : "quit");
    },
  }) as unknown as QuittableApp;
  return { app, steps };
}

describe("quitting after the shutdown", () => {
  it("holds the quit until the shutdown finished, runs it once, and quits even when it fails", async () => {
    const { app, steps } = fakeApp();
    const problems: string[] = [];
    let runs = 0;
    let finish: (() => void) | undefined;
    quitAfter(app, () => new Promise<void>((resolve, reject) => {
      runs += 1;
      finish = () => {
        steps.push("shutdown done");
        reject(new Error("tray gone"));
      };
    }), (m) => problems.push(m));
    app.quit();
    app.quit(); // a second Cmd+Q while shutting down
    expect(steps).toEqual(["quit held", "quit held"]);
    finish?.();
    await new Promise((resolve) => setImmediate(resolve));
    expect(steps).toEqual(["quit held", "quit held", "shutdown done", "quit"]);
    expect(runs).toBe(1);
    expect(problems).toEqual(["shutting down: tray gone"]);
  });
});
