import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import type { Menu, MenuItemConstructorOptions, NativeImage } from "electron";
import { TrayService, trayIconFile, type TrayLike } from "../../../main/app/tray";
import type { TrayState, TrayTone } from "../../../shared/domain/tray-state";

const TONES: TrayTone[] = ["healthy", "at-risk", "late", "unknown"];

function fakeTray() {
  const calls = { title: [] as string[], tooltip: [] as string[], image: [] as string[], menus: [] as MenuItemConstructorOptions[][], destroyed: false };
  const handlers = new Map<string, () => void>();
  const tray = {
    setImage: (image: NativeImage) => calls.image.push(image as unknown as string),
    setTitle: (title: string) => calls.title.push(title),
    setToolTip: (tooltip: string) => calls.tooltip.push(tooltip),
    setContextMenu: (menu: Menu) => calls.menus.push(menu as unknown as MenuItemConstructorOptions[]),
    on: (name: string, handler: () => void) => handlers.set(name, handler),
    destroy: () => (calls.destroyed = true),
  } as unknown as TrayLike;
  return { tray, calls, handlers };
}

function setup(initial: TrayState) {
  const fake = fakeTray();
  const onOpen = vi.fn();
  const onQuit = vi.fn();
  const createTray = vi.fn((icon: NativeImage) => {
    fake.calls.image.push(icon as unknown as string);
    return fake.tray;
  });
  const service = new TrayService(
    {
      createTray,
      // The fakes pass icon names around where Electron passes NativeImages.
      icon: (tone) => `icon:${tone}` as unknown as NativeImage,
      createMenu: (template) => template as unknown as Menu,
      onOpen,
      onQuit,
    },
    initial,
  );
  return { ...fake, service, onOpen, onQuit, createTray };
}

const last = <T>(items: T[]): T | undefined => items[items.length - 1];

describe("TrayService", () => {
  it("creates one tray showing the initial state", () => {
    const { calls, createTray } = setup({ tone: "unknown", onCall: undefined, lateCount: 0 });
    expect(createTray).toHaveBeenCalledTimes(1);
    expect(calls.image).toEqual(["icon:unknown"]);
    expect(last(calls.title)).toBe("Nobody on call");
    expect(last(calls.tooltip)).toBe("On-Call Desk — On call: not known — nothing late");
  });

  it("shows who is on call and how many pipelines are late", () => {
    const { service, calls } = setup({ tone: "unknown", onCall: undefined, lateCount: 0 });
    service.update({ tone: "late", onCall: "Alex Chen", lateCount: 2 });
    expect(last(calls.title)).toBe("Alex Chen · 2 late");
    expect(last(calls.tooltip)).toBe("On-Call Desk — On call: Alex Chen — 2 pipelines late");
    expect(last(calls.image)).toBe("icon:late");
    expect(last(calls.menus)?.map((item) => item.label)).toEqual(["On call: Alex Chen", "2 pipelines late", undefined, "Open On-Call Desk", "Quit"]);
    service.update({ tone: "at-risk", onCall: "Sarah Johnson", lateCount: 1 });
    expect(last(calls.tooltip)).toBe("On-Call Desk — On call: Sarah Johnson — 1 pipeline late");
    service.update({ tone: "at-risk", onCall: "Sarah Johnson", lateCount: 1, demo: true });
    expect(last(calls.tooltip)).toBe("On-Call Desk (demo data) — On call: Sarah Johnson — 1 pipeline late");
  });

  it("swaps the image only when the tone changes", () => {
    const { service, calls } = setup({ tone: "healthy", onCall: "Mike Rodriguez", lateCount: 0 });
    service.update({ tone: "healthy", onCall: "Lisa Wang", lateCount: 0 });
    expect(calls.image).toEqual(["icon:healthy"]);
    expect(last(calls.title)).toBe("Lisa Wang");
    service.update({ tone: "at-risk", onCall: "Lisa Wang", lateCount: 0 });
    expect(calls.image).toEqual(["icon:healthy", "icon:at-risk"]);
  });

  it("opens the window on click and from the menu, quits from the menu, and destroys the tray", () => {
    const { service, calls, handlers, onOpen, onQuit } = setup({ tone: "healthy", onCall: "Alex Chen", lateCount: 0 });
    handlers.get("click")?.();
    const menu = last(calls.menus) ?? [];
    const item = (label: string) => menu.find((entry) => entry.label === label);
    (item("Open On-Call Desk")?.click as () => void)();
    (item("Quit")?.click as () => void)();
    expect(onOpen).toHaveBeenCalledTimes(2);
    expect(onQuit).toHaveBeenCalledTimes(1);
    service.destroy();
    expect(calls.destroyed).toBe(true);
  });
});

describe("tray icons", () => {
  it("uses template images on macOS and colour elsewhere", () => {
    expect(trayIconFile("late", "darwin")).toBe("lateTemplate.png");
    expect(trayIconFile("late", "linux")).toBe("late.png");
    expect(trayIconFile("late", "win32")).toBe("late.png");
  });

  it("ships every icon at 1x and @2x", () => {
    const dir = path.resolve(import.meta.dirname, "../../../assets/tray");
    for (const tone of TONES) {
      for (const platform of ["darwin", "linux"] as const) {
        const file = trayIconFile(tone, platform);
        expect(existsSync(path.join(dir, file)), file).toBe(true);
        expect(existsSync(path.join(dir, file.replace(".png", "@2x.png"))), file).toBe(true);
      }
    }
  });
});
