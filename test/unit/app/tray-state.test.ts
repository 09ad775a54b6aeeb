import { describe, expect, it } from "vitest";
import type { OnCallView, ShiftView } from "../../../shared/domain/rotation/on-call-view";
import { trayState } from "../../../shared/domain/tray-state";

const shift: ShiftView = {
  start: "2026-03-10T09:00:00-04:00",
  end: "2026-03-10T17:00:00-04:00",
  engineer: "alex",
  slot: "day",
  reason: "rotation",
  name: "Alex Chen",
  contact: {},
  covers: null,
  holiday: null,
};
const onCall: OnCallView = { at: "2026-03-10T10:00:00-04:00", zone: "America/New_York", shift, holiday: null, next: [] };

describe("the tray state", () => {
  it("takes the worst state: late (or failed) over unknown over at-risk over healthy", () => {
    expect(trayState(["healthy", "running"], onCall).tone).toBe("healthy");
    expect(trayState(["healthy", "at-risk"], onCall).tone).toBe("at-risk");
    expect(trayState(["at-risk", "unknown"], onCall).tone).toBe("unknown");
    expect(trayState(["unknown", "late", "at-risk"], onCall).tone).toBe("late");
    expect(trayState(["failed", "healthy"], onCall).tone).toBe("late");
  });

  it("is unknown before any pipeline was evaluated", () => {
    expect(trayState([], onCall).tone).toBe("unknown");
  });

  it("counts late and failed pipelines and names who is on call until when", () => {
    expect(trayState(["late", "failed", "at-risk", "late"], onCall)).toEqual({ tone: "late", onCall: "Alex Chen (day, until 17:00)", lateCount: 3, demo: false });
    expect(trayState(["late"], onCall, true).demo).toBe(true);
  });

  it("says nobody when the schedule has a gap or is not known", () => {
    expect(trayState(["healthy"], { ...onCall, shift: null }).onCall).toBeUndefined();
    expect(trayState(["healthy"], undefined).onCall).toBeUndefined();
  });
});
