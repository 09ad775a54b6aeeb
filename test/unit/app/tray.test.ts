import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import type { Menu, MenuItemConstructorOptions, NativeImage } from "electron";
import { TrayService, trayIconFile, type TrayContext, type TrayDesk, type TrayLike } from "../../../main/app/tray";
import { trayContext } from "../../../main/app/tray-context";
import { DEFAULT_SETTINGS } from "../../../shared/domain/settings";
import type { TrayTone } from "../../../shared/domain/tray-state";
import { loadWorkspace } from "../../../main/services/workspace/load-workspace";

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

const CONTEXT: TrayContext = { workspace: "Data Engineering", problems: false, pausedUntil: null, identified: true };
const desk = (state: Partial<TrayDesk>): TrayDesk => ({ tone: "healthy", onCall: undefined, lateCount: 0, alerts: [], ...state });

function setup(initial: TrayDesk, context: TrayContext = CONTEXT, platform: NodeJS.Platform = "darwin") {
  const fake = fakeTray();
  const actions = { onOpen: vi.fn(), onOpenPath: vi.fn(), onAcknowledgeAll: vi.fn(), onTogglePause: vi.fn(), onOpenWorkspace: vi.fn(), onQuit: vi.fn() };
  const createTray = vi.fn((icon: NativeImage) => {
    fake.calls.image.push(icon as unknown as string);
    return fake.tray;
  });
  const service = new TrayService(
    {
      ...actions,
      createTray,
      // The fakes pass icon names around where Electron passes NativeImages.
      icon: (tone) => `icon:${tone}` as unknown as NativeImage,
      createMenu: (template) => template as unknown as Menu,
      platform,
    },
    initial,
    context,
  );
  const menu = () => fake.calls.menus.at(-1) ?? [];
  const labels = () => menu().map((item) => (item.type === "separator" ? "---" : `${item.label}${item.enabled === false ? " [off]" : ""}`));
  const click = (label: string) => (menu().find((item) => item.label === label)?.click as () => void)();
  return { ...fake, ...actions, service, createTray, menu, labels, click };
}

describe("TrayService", () => {
  it("creates one tray showing the initial state", () => {
    const { calls, createTray } = setup(desk({ tone: "unknown" }), { ...CONTEXT, workspace: "no workspace chosen" });
    expect(createTray).toHaveBeenCalledTimes(1);
    expect(calls.image).toEqual(["icon:unknown"]);
    expect(calls.title.at(-1)).toBe("Nobody on call");
    expect(calls.tooltip.at(-1)).toBe("On-Call Desk — no workspace chosen — On call: not known — nothing late");
  });

  it("shows the workspace, who is on call and how many pipelines are late, in the title and the tooltip", () => {
    const { service, calls } = setup(desk({ tone: "unknown" }));
    service.update(desk({ tone: "late", onCall: "Alex Chen", lateCount: 2 }));
    expect(calls.title.at(-1)).toBe("Alex Chen · 2 late");
    expect(calls.tooltip.at(-1)).toBe("On-Call Desk — Data Engineering — On call: Alex Chen — 2 pipelines late");
    expect(calls.image.at(-1)).toBe("icon:late");
    service.update(desk({ tone: "at-risk", onCall: "Sarah Johnson", lateCount: 1, demo: true }));
    expect(calls.tooltip.at(-1)).toBe("On-Call Desk — Data Engineering (demo data) — On call: Sarah Johnson — 1 pipeline late");
    service.setContext({ ...CONTEXT, problems: true, pausedUntil: "14:05" });
    expect(calls.tooltip.at(-1)).toBe("On-Call Desk — Data Engineering (has problems) — On call: Sarah Johnson — 1 pipeline late — notifications paused until 14:05");
  });

  it("swaps the image only when the tone changes", () => {
    const { service, calls } = setup(desk({ onCall: "Mike Rodriguez" }));
    service.update(desk({ onCall: "Lisa Wang" }));
    expect(calls.image).toEqual(["icon:healthy"]);
    expect(calls.title.at(-1)).toBe("Lisa Wang");
    service.update(desk({ tone: "at-risk", onCall: "Lisa Wang" }));
    expect(calls.image).toEqual(["icon:healthy", "icon:at-risk"]);
  });

  it("menu: on call now and next, your shift, each open alert, and the app's actions", () => {
    const alerts = [
      { id: "a1", pipelineId: "aggregate_profit", kind: "late" as const, title: "Aggregate Profit is late", snoozed: false },
      { id: "a2", pipelineId: "daily_growth", kind: "at-risk" as const, title: "Daily Growth is at risk", snoozed: true },
      { id: "a3", pipelineId: "unit_profit", kind: "unknown" as const, title: "Unit-level Profit status is unknown", snoozed: false },
    ];
    const { labels, click, onOpenPath, onAcknowledgeAll, onTogglePause, onOpenWorkspace, onOpen, onQuit, handlers } = setup(
      desk({ tone: "late", onCall: "Alex Chen (day, until 17:00)", next: "Sarah Johnson (evening, from 17:00)", mine: "You are on call until 17:00", lateCount: 1, alerts }),
    );
    expect(labels()).toEqual([
      "On call: Alex Chen (day, until 17:00) [off]",
      "Next: Sarah Johnson (evening, from 17:00) [off]",
      "You are on call until 17:00 [off]",
      "1 pipeline late [off]",
      "---",
      "Aggregate Profit is late",
      "Daily Growth is at risk (snoozed)",
      "Unit-level Profit status is unknown",
      "Acknowledge all (2)",
      "---",
      "Pause notifications for 1 hour",
      "Open workspace…",
      "Open On-Call Desk",
      "---",
      "Quit",
    ]);
    // An alert opens the pipeline's runbook; one that only says the source cannot be read, the pipeline.
    click("Aggregate Profit is late");
    expect(onOpenPath).toHaveBeenLastCalledWith("/runbooks/aggregate_profit");
    click("Daily Growth is at risk (snoozed)");
    expect(onOpenPath).toHaveBeenLastCalledWith("/runbooks/daily_growth");
    click("Unit-level Profit status is unknown");
    expect(onOpenPath).toHaveBeenLastCalledWith("/pipelines/unit_profit");
    click("Acknowledge all (2)");
    click("Pause notifications for 1 hour");
    click("Open workspace…");
    click("Open On-Call Desk");
    handlers.get("click")?.();
    click("Quit");
    expect([onAcknowledgeAll, onTogglePause, onOpenWorkspace, onQuit].map((f) => f.mock.calls.length)).toEqual([1, 1, 1, 1]);
    expect(onOpen).toHaveBeenCalledTimes(2);
  });

  it("menu: nothing to acknowledge, a running pause, and a question when the user has not said who they are", () => {
    const { labels, click, onOpenPath } = setup(desk({ onCall: "Alex Chen" }), { ...CONTEXT, pausedUntil: "14:05", identified: false });
    expect(labels()).toEqual([
      "On call: Alex Chen [off]",
      "Who are you? Set it in Settings…",
      "Nothing late [off]",
      "---",
      "No open alerts [off]",
      "Acknowledge all [off]",
      "---",
      "Resume notifications (paused until 14:05)",
      "Open workspace…",
      "Open On-Call Desk",
      "---",
      "Quit",
    ]);
    click("Who are you? Set it in Settings…");
    expect(onOpenPath).toHaveBeenCalledWith("/settings");
  });

  it("on Linux, where the tooltip is often not shown, the menu also says the workspace", () => {
    const { labels } = setup(desk({ onCall: "Alex Chen", demo: true }), CONTEXT, "linux");
    expect(labels()[0]).toBe("Workspace: Data Engineering (demo data) [off]");
    expect(setup(desk({}), { ...CONTEXT, problems: true }, "linux").labels()[0]).toBe("Workspace: Data Engineering (has problems) [off]");
  });

  it("lists at most eight alerts and sums up the rest", () => {
    const alerts = Array.from({ length: 10 }, (_, i) => ({ id: `a${i}`, pipelineId: `p${i}`, kind: "late" as const, title: `Pipeline ${i} is late`, snoozed: false }));
    const { labels, click, onOpenPath } = setup(desk({ alerts }));
    expect(labels().filter((l) => l.startsWith("Pipeline "))).toHaveLength(8);
    click("…and 2 more");
    expect(onOpenPath).toHaveBeenCalledWith("/pipelines");
  });

  it("destroys the tray", () => {
    const { service, calls } = setup(desk({}));
    service.destroy();
    expect(calls.destroyed).toBe(true);
  });
});

describe("the tray's context", () => {
  it("names the workspace and how it was chosen, its problems, the pause in the workspace's zone, and who am I", async () => {
    const loaded = await loadWorkspace();
    const settings = { ...DEFAULT_SETTINGS, identity: { kind: "watcher" as const } };
    expect(trayContext({ dir: "/opt/ws", origin: "demo" }, loaded, settings)).toEqual({ workspace: "Data Engineering — pipeline maintenance", problems: false, pausedUntil: null, identified: true });
    expect(trayContext({ dir: "/home/me/team-ws", origin: "environment" }, undefined, DEFAULT_SETTINGS)).toEqual({ workspace: "team-ws (OCD_WORKSPACE)", problems: false, pausedUntil: null, identified: false });
    const broken = { ok: false as const, problems: [{ file: ".", line: 1, col: 1, path: "", message: "gone" }] };
    expect(trayContext({ dir: "/home/me/team-ws", origin: "folder" }, broken, DEFAULT_SETTINGS)).toMatchObject({ workspace: "team-ws", problems: true });
    expect(trayContext({ dir: null, origin: "none" }, broken, DEFAULT_SETTINGS)).toMatchObject({ workspace: "no workspace chosen", problems: false });
    // 18:05 UTC is 14:05 in New York (EDT from 8 March 2026).
    expect(trayContext({ dir: "/opt/ws", origin: "demo" }, loaded, { ...settings, notificationsPausedUntil: "2026-03-10T18:05:00.000Z" }).pausedUntil).toBe("14:05");
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
