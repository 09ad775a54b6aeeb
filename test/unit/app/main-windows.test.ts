import { afterAll, describe, expect, it, vi } from "vitest";
import { fakeElectron, recorded } from "./fake-electron";
import { inMemoryElectronStore } from "./in-memory-electron-store";

vi.mock("electron", () => fakeElectron);
vi.mock("electron-store", () => ({ default: inMemoryElectronStore() }));

const platform = process.platform;
afterAll(() => Object.defineProperty(process, "platform", { value: platform }));

describe("main/index.ts on Windows", () => {
  it("sets the app's real AppUserModelId before ready, so notifications carry the app's name", async () => {
    Object.defineProperty(process, "platform", { value: "win32" });
    await import("../../../main/index");
    expect(recorded.appUserModelId).toBe("io.oncalldesk.app");
  });
});
