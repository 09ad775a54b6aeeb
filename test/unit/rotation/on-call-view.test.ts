import { describe, expect, it } from "vitest";
import { onCallLabel, onCallView } from "../../../shared/domain/rotation/on-call-view";
import { compileSchedule } from "../../../shared/domain/rotation/schedule";
import { at, defaultWorkspace } from "./fixtures";

describe("the on-call view", () => {
  it("names the engineer, gives contacts and zoned instants, and labels the shift for the tray", async () => {
    const ws = await defaultWorkspace();
    const schedule = compileSchedule(ws);
    const view = onCallView(ws, schedule, at("2026-12-25T10:00"), 2);
    const alex = ws.team.find((e) => e.id === "alex")!;
    expect(view).toMatchObject({ at: "2026-12-25T10:00:00-05:00", zone: "America/New_York", holiday: "Christmas" });
    expect(view.shift).toMatchObject({ engineer: "alex", name: alex.name, contact: alex.contact, slot: "day", start: "2026-12-25T09:00:00-05:00", end: "2026-12-25T17:00:00-05:00" });
    expect(view.next.map((s) => s.slot)).toEqual(["evening", "night"]);
    expect(onCallLabel(view.shift!)).toBe(`${alex.name} (day, until 17:00)`);
  });

  it("an override: the covering engineer's own name and contacts, the covered one's name; a plain shift covers nobody", async () => {
    const ws = await defaultWorkspace();
    const schedule = compileSchedule(ws);
    // The workspace's override: mike covers sarah's evening 2026-12-10 17:00 to 01:00 (block 24: day alex, evening sarah, night mike).
    const view = onCallView(ws, schedule, at("2026-12-10T18:00"), 1);
    expect(view.shift).toMatchObject({ engineer: "mike", name: "Mike Rodriguez", contact: { email: "mike.rodriguez@example.com" }, covers: "Sarah Johnson", slot: "evening" });
    expect(view.next).toMatchObject([{ engineer: "mike", name: "Mike Rodriguez", slot: "night", covers: null }]);
  });

  it("gives the covered engineer's name on a reassigned shift", async () => {
    const ws = await defaultWorkspace();
    const schedule = compileSchedule(ws);
    // Christmas: only the senior is eligible, so the others' slots are covered.
    const covered = schedule.shifts(at("2026-12-24T00:00"), at("2026-12-27T00:00")).find((s) => s.covers !== null);
    expect(covered).toBeDefined();
    const view = onCallView(ws, schedule, covered!.start, 0);
    expect(view.shift?.covers).toBe(ws.team.find((e) => e.id === covered!.covers)?.name);
  });
});
