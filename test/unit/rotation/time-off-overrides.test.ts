import { describe, expect, it } from "vitest";
import { expandShifts } from "../../../shared/domain/rotation/schedule";
import { at, defaultWorkspace } from "./fixtures";

describe("time off", () => {
  it("lisa's Dec 1–7 shifts go to the engineer resting that block, marked as covers; lisa holds nothing while away", async () => {
    const ws = await defaultWorkspace();
    const away = { from: at("2026-12-01T00:00"), to: at("2026-12-08T00:00") };
    const shifts = expandShifts(ws, at("2026-11-28T00:00"), at("2026-12-10T00:00"));
    expect(shifts.filter((s) => s.engineer === "lisa" && s.start < away.to && s.end > away.from)).toEqual([]);
    const covers = shifts.filter((s) => s.reason === "time-off cover");
    expect(covers.length).toBeGreaterThan(0);
    for (const c of covers) {
      expect(c.covers).toBe("lisa");
      // The engineer holding no slot in that block, by the rotation rule: order[(b + s) mod n] for s = 0..2.
      const order = ws.rotation.order;
      const busy = [0, 1, 2].map((s) => order[(c.block - 1 + s) % order.length]);
      expect(c.engineer).toBe(order.find((id) => !busy.includes(id)));
    }
    // Shifts that only touch the edges of the time off stay hers.
    expect(shifts.some((s) => s.engineer === "lisa" && s.end === away.from)).toBe(false);
    expect(shifts.filter((s) => s.engineer === "lisa" && s.end <= away.from).length).toBeGreaterThan(0);
  });

  it("without a resting engineer, covers go to whoever keeps 8 hours' rest, then to the fewest hours in the block", async () => {
    const ws = await defaultWorkspace();
    // Three engineers, three slots: nobody rests; cover for sarah's day must come from the evening or night holder.
    const trio = { ...ws, holidays: [], overrides: [], rotation: { ...ws.rotation, order: ["alex", "sarah", "mike"] }, time_off: [{ engineer: "alex", from: "2026-01-07", to: "2026-01-07" }] };
    const shifts = expandShifts(trio, at("2026-01-05T00:00"), at("2026-01-10T00:00"));
    const covered = shifts.filter((s) => s.reason === "time-off cover");
    expect(covered.length).toBeGreaterThan(0);
    for (const c of covered) {
      expect(c.covers).toBe("alex");
      expect(["sarah", "mike"]).toContain(c.engineer);
    }
    expect(shifts.filter((s) => s.engineer === "alex" && s.start < at("2026-01-08T00:00") && s.end > at("2026-01-07T00:00"))).toEqual([]);
  });
});

describe("overrides", () => {
  it("mike covers sarah's evening of Dec 10", async () => {
    const ws = await defaultWorkspace();
    const shifts = expandShifts(ws, at("2026-12-10T00:00"), at("2026-12-12T00:00"));
    const evening = shifts.find((s) => s.start === at("2026-12-10T17:00"))!;
    expect(evening).toMatchObject({ engineer: "mike", reason: "override", covers: "sarah", end: at("2026-12-11T01:00") });
    expect(shifts.find((s) => s.start === at("2026-12-11T17:00"))!.engineer).toBe("sarah");
  });

  it("win over holidays and time off, splitting a shift where they start and end", async () => {
    const ws = await defaultWorkspace();
    const shifts = expandShifts(
      {
        ...ws,
        overrides: [
          { engineer: "sarah", covers: "alex", from: "2026-12-25T11:00", to: "2026-12-25T13:00" },
          { engineer: "lisa", covers: "mike", from: "2026-12-03T10:00", to: "2026-12-03T12:00" },
        ],
      },
      at("2026-12-01T00:00"),
      at("2026-12-27T00:00"),
    );
    const christmasDay = shifts.filter((s) => s.start >= at("2026-12-25T09:00") && s.end <= at("2026-12-25T17:00"));
    expect(christmasDay.map((s) => [s.engineer, s.start, s.end, s.reason])).toEqual([
      ["alex", at("2026-12-25T09:00"), at("2026-12-25T11:00"), "holiday"],
      ["sarah", at("2026-12-25T11:00"), at("2026-12-25T13:00"), "override"],
      ["alex", at("2026-12-25T13:00"), at("2026-12-25T17:00"), "holiday"],
    ]);
    // lisa is on time off, but the override says she covers: the override wins (and the lint flags it).
    expect(shifts.find((s) => s.start === at("2026-12-03T10:00"))).toMatchObject({ engineer: "lisa", reason: "override", covers: "mike", end: at("2026-12-03T12:00") });
    for (let i = 1; i < shifts.length; i++) expect(shifts[i]!.start).toBe(shifts[i - 1]!.end);
  });
});
