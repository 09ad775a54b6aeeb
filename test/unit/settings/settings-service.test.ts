import { describe, expect, it } from "vitest";
import { memoryStore } from "../../../main/services/alerts/key-value-store";
import { createSettingsService } from "../../../main/services/settings/settings-service";

describe("settings service", () => {
  it("starts from the first-run defaults: nothing chosen, theme follows the OS", () => {
    expect(createSettingsService(memoryStore()).get()).toEqual({ workspace: null, identity: null, startAtLogin: null, notificationsPausedUntil: null, theme: "system" });
  });

  it("saves a change to the store before telling listeners, and a new service reads it back", () => {
    const store = memoryStore();
    const service = createSettingsService(store);
    const heard: unknown[] = [];
    service.subscribe(() => heard.push(store.get("settings")));
    service.update({ identity: { kind: "engineer", engineer: "alex" }, workspace: { kind: "folder", dir: "/team/ws" } });
    expect(heard).toEqual([expect.objectContaining({ identity: { kind: "engineer", engineer: "alex" } })]);
    expect(createSettingsService(store).get()).toMatchObject({ identity: { kind: "engineer", engineer: "alex" }, workspace: { kind: "folder", dir: "/team/ws" }, theme: "system" });
  });

  it("refuses an invalid patch with the field and reason, and keeps the settings unchanged", () => {
    const store = memoryStore();
    const service = createSettingsService(store);
    expect(() => service.update({ theme: "purple" } as never)).toThrow(/theme/);
    expect(() => service.update({ notificationsPausedUntil: "tomorrow" })).toThrow(/notificationsPausedUntil/);
    expect(store.get("settings")).toBeUndefined();
    expect(service.get().theme).toBe("system");
  });

  it("keeps the valid fields of a hand-edited file and reports each invalid one", () => {
    const problems: string[] = [];
    const store = memoryStore({ settings: { theme: "dark", identity: { kind: "robot" }, startAtLogin: "yes", unknownKey: 1 } });
    const settings = createSettingsService(store, (m) => problems.push(m)).get();
    expect(settings).toMatchObject({ theme: "dark", identity: null, startAtLogin: null });
    expect(problems).toHaveLength(2);
    expect(problems.join("\n")).toMatch(/"identity" is invalid/);
    expect(problems.join("\n")).toMatch(/"startAtLogin" is invalid/);
  });

  it("stops telling a listener once it unsubscribes", () => {
    const service = createSettingsService(memoryStore());
    let calls = 0;
    const stop = service.subscribe(() => calls++);
    service.update({ theme: "dark" });
    stop();
    service.update({ theme: "light" });
    expect(calls).toBe(1);
  });
});
