import { describe, expect, it, vi } from "vitest";
import { createTickMemo } from "../../../main/services/sources/schedule-tick";

/** Counts croner lookups: remembering them is the memo's whole job, so the count is what it promises. */
const lookups = vi.hoisted(() => ({ count: 0 }));
vi.mock("../../../shared/domain/sla/schedule", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../../shared/domain/sla/schedule")>();
  return {
    ...real,
    scheduleFor: (expression: string) => {
      const schedule = real.scheduleFor(expression);
      return {
        ...schedule,
        atOrBefore: (ms: number) => {
          lookups.count += 1;
          return schedule.atOrBefore(ms);
        },
      };
    },
  };
});

const hourly = { id: "p", schedule: "0 * * * *" };
const AT = Date.parse("2024-06-03T11:20:00Z");
const TICK = Date.parse("2024-06-03T11:00:00Z");

describe("createTickMemo", () => {
  it("looks a tick up once per read, however often it is asked", () => {
    const memo = createTickMemo();
    lookups.count = 0;
    const ticks = memo.ticksOf("src", hourly);
    expect([ticks(AT), ticks(AT), memo.ticksOf("src", hourly)(AT)]).toEqual([TICK, TICK, TICK]);
    expect(lookups.count).toBe(1);
  });

  it("keeps a lookup used in the previous read, and forgets one unused for a whole read", () => {
    const memo = createTickMemo();
    lookups.count = 0;
    expect(memo.ticksOf("src", hourly)(AT)).toBe(TICK);
    memo.sweep();
    expect(memo.ticksOf("src", hourly)(AT)).toBe(TICK);
    expect(lookups.count).toBe(1);
    memo.sweep();
    memo.sweep();
    expect(memo.ticksOf("src", hourly)(AT)).toBe(TICK);
    expect(lookups.count).toBe(2);
  });
});
