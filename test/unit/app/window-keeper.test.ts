import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { HIDDEN_WINDOW_LIFETIME_MS, keepWindow, type KeptWindow } from "../../../main/app/window-keeper";
import { createFakeClock } from "../../fakes/fake-clock";

/** Copies what the keeper relies on in Electron's BrowserWindow: show/hide events, `closed` on destroy(), and "Object has been destroyed" afterwards. */
class Window extends EventEmitter {
  visible = false;
  destroyed = false;
  private alive() {
    if (this.destroyed) throw new TypeError("Object has been destroyed");
  }
  show() {
    this.alive();
    if (this.visible) return;
    this.visible = true;
    this.emit("show");
  }
  hide() {
    this.alive();
    if (!this.visible) return;
    this.visible = false;
    this.emit("hide");
  }
  focus() {
    this.alive();
  }
  isVisible() {
    this.alive();
    return this.visible;
  }
  isDestroyed() {
    return this.destroyed;
  }
  destroy() {
    this.destroyed = true;
    this.emit("closed");
  }
}

function setup() {
  const clock = createFakeClock();
  const built: Window[] = [];
  const keeper = keepWindow(() => {
    const window = new Window();
    built.push(window);
    // createMainWindow shows a new window on its first paint.
    setImmediate(() => window.show());
    return window as unknown as KeptWindow & Window;
  }, clock);
  return { clock, built, keeper };
}

describe("the main window's life", () => {
  it("builds the window on demand and shows the same one again while it lives", async () => {
    const { clock, built, keeper } = setup();
    expect(keeper.current()).toBeUndefined();
    expect(keeper.show().created).toBe(true);
    await clock.flush();
    expect(built[0]?.visible).toBe(true);
    built[0]!.hide();
    expect(keeper.show()).toEqual({ window: built[0], created: false });
    expect(built).toHaveLength(1);
  });

  it("destroys a window hidden for 10 minutes and builds a fresh one when asked", async () => {
    const { clock, built, keeper } = setup();
    keeper.show();
    await clock.flush();
    built[0]!.hide();
    await clock.advance(HIDDEN_WINDOW_LIFETIME_MS - 1);
    expect(built[0]!.destroyed).toBe(false);
    await clock.advance(1);
    expect(built[0]!.destroyed).toBe(true);
    expect(keeper.current()).toBeUndefined();
    expect(keeper.show().created).toBe(true);
    expect(built).toHaveLength(2);
  });

  it("keeps a window shown again before the 10 minutes are up", async () => {
    const { clock, built, keeper } = setup();
    keeper.show();
    await clock.flush();
    built[0]!.hide();
    await clock.advance(HIDDEN_WINDOW_LIFETIME_MS - 60_000);
    keeper.show();
    await clock.advance(HIDDEN_WINDOW_LIFETIME_MS * 3);
    expect(built[0]!.destroyed).toBe(false);
    expect(clock.pendingTimers()).toBe(0);
    // Hidden again: a new countdown of its own.
    built[0]!.hide();
    await clock.advance(HIDDEN_WINDOW_LIFETIME_MS);
    expect(built[0]!.destroyed).toBe(true);
  });

  it("forgets a window closed by quitting, without a countdown left behind", async () => {
    const { clock, built, keeper } = setup();
    keeper.show();
    await clock.flush();
    built[0]!.hide();
    built[0]!.destroy();
    expect(keeper.current()).toBeUndefined();
    expect(clock.pendingTimers()).toBe(0);
  });
});
