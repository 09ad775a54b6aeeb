/** Clock-time arithmetic of local-day.ts; expectations worked out by hand (hours × 60 + minutes). */
import { describe, expect, it } from "vitest";
import { clockOfMinutes, minutesOfClock } from "../../../shared/domain/rotation/local-day";

describe("clock times", () => {
  it("minutesOfClock counts the minutes of the hour too, not only whole hours", () => {
    expect(minutesOfClock("00:00")).toBe(0);
    expect(minutesOfClock("09:30")).toBe(570);
    expect(minutesOfClock("23:59")).toBe(1439);
  });

  it("clockOfMinutes writes them back with leading zeros", () => {
    expect([0, 570, 1439].map(clockOfMinutes)).toEqual(["00:00", "09:30", "23:59"]);
  });
});
