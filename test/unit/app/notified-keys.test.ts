import { describe, expect, it } from "vitest";
import { notifiedKeys } from "../../../main/app/notified-keys";
import { memoryStore } from "../../../main/services/alerts/key-value-store";
import { createFakeClock } from "../../fakes/fake-clock";

const DAY = 86_400_000;

describe("notified keys", () => {
  it("survive a restart, forget keys older than 40 days, and start afresh from a file of another shape", async () => {
    const clock = createFakeClock(new Date("2026-03-10T15:00:00Z"));
    const store = memoryStore();
    const keys = notifiedKeys(store, clock);
    keys.add("alert/a");
    expect(notifiedKeys(store, clock).has("alert/a")).toBe(true);
    expect(notifiedKeys(store, clock).has("alert/b")).toBe(false);
    await clock.advance(40 * DAY + 1);
    const later = notifiedKeys(store, clock);
    later.add("alert/b");
    expect(notifiedKeys(store, clock).has("alert/a")).toBe(false);
    expect(notifiedKeys(store, clock).has("alert/b")).toBe(true);
    expect(notifiedKeys(memoryStore({ notified: ["not", "a", "map"] }), clock).has("0")).toBe(false);
  });
});
