import { describe, expect, it } from "vitest";
import type { RiskSignal } from "../../../shared/domain/risks/signals/risk-signal";
import { dayRange, signalHeadline, signalNames } from "../../../renderer/components/signal-headline";

const ZONE = "America/New_York";

const names = signalNames({
  team: [
    { id: "lisa", name: "Lisa Wang" },
    { id: "sarah", name: "Sarah Johnson" },
  ],
  manager: { id: "jordan", name: "Jordan Lee" },
  pipelines: [{ id: "daily_growth", name: "Daily Growth" }],
} as unknown as Parameters<typeof signalNames>[0]);

const signal = (patch: Partial<RiskSignal>): RiskSignal => ({ kind: "owners-away", text: "", pipelines: [], engineers: [], source: null, from: null, until: null, riskIds: [], ...patch });

describe("dayRange", () => {
  it("names the local days an interval touches, its end exclusive", () => {
    // Midnight to midnight in New York (EST, -05:00): Dec 21, 22, 23 and 24.
    expect(dayRange("2026-12-21T00:00:00-05:00", "2026-12-25T00:00:00-05:00", ZONE)).toBe("Dec 21–24");
    expect(dayRange("2026-12-21T09:00:00-05:00", "2026-12-21T17:00:00-05:00", ZONE)).toBe("Dec 21");
    expect(dayRange("2026-12-31T00:00:00-05:00", "2027-01-03T00:00:00-05:00", ZONE)).toBe("Dec 31 – Jan 2");
  });

  it("reads the days in the workspace's zone, not UTC, across a DST change", () => {
    // 01:00 UTC on Mar 9 is still Mar 8 in New York; the interval spans the spring-forward night.
    expect(dayRange("2026-03-09T01:00:00Z", "2026-03-09T12:00:00Z", ZONE)).toBe("Mar 8–9");
    expect(dayRange("2026-03-07T00:00:00-05:00", "2026-03-10T00:00:00-04:00", ZONE)).toBe("Mar 7–9");
  });

  it("names one day for an empty interval", () => {
    expect(dayRange("2026-12-21T10:00:00-05:00", "2026-12-21T10:00:00-05:00", ZONE)).toBe("Dec 21");
  });
});

describe("signalHeadline", () => {
  it("resolves names and days for each kind", () => {
    const away = signal({ kind: "owners-away", engineers: ["lisa", "sarah"], pipelines: ["daily_growth"], from: "2026-12-21T00:00:00-05:00", until: "2026-12-25T00:00:00-05:00" });
    expect(signalHeadline(away, names, ZONE)).toBe("Lisa Wang and Sarah Johnson both away Dec 21–24 (Daily Growth)");
    expect(signalHeadline(signal({ kind: "knowledge-silo", engineers: ["jordan"], pipelines: ["a", "b", "c"] }), names, ZONE)).toBe("Jordan Lee is P1 of 3 pipelines");
    expect(signalHeadline(signal({ kind: "runbook-stale", pipelines: ["daily_growth"], from: "2026-10-01T12:00:00-04:00" }), names, ZONE)).toBe("Daily Growth runbook stale since Oct 1");
    expect(signalHeadline(signal({ kind: "source-down", source: "prod", pipelines: ["daily_growth"], from: "2026-03-10T10:00:00-04:00" }), names, ZONE)).toBe("source prod unreadable since Mar 10");
    expect(signalHeadline(signal({ kind: "sla-below-target", pipelines: ["daily_growth"] }), names, ZONE)).toBe("Daily Growth under its SLA target");
    const holiday = signal({ kind: "single-senior-holiday", engineers: ["sarah"], from: "2026-12-24T01:00:00-05:00", until: "2026-12-27T01:00:00-05:00" });
    expect(signalHeadline(holiday, names, ZONE)).toBe("Sarah Johnson alone on call Dec 24–27");
  });

  it("leaves an id it does not know as written", () => {
    expect(signalHeadline(signal({ kind: "sla-below-target", pipelines: ["unknown_pipeline"] }), signalNames(undefined), ZONE)).toBe("unknown_pipeline under its SLA target");
  });
});
