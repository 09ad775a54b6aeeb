import { describe, expect, it } from "vitest";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import ICAL from "ical.js";
import { runCli } from "../../../main/cli";
import { capturedIo } from "../../fakes/captured-io";
import { at } from "./fixtures";

async function run(...argv: string[]) {
  const io = capturedIo();
  const code = await runCli(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

const SHIFT_KEYS = ["end", "engineer", "reason", "slot", "start"];
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

describe("oncall-desk rotation commands", () => {
  it("now --json: {at, shift, holiday, next} with ISO instants in the workspace zone", async () => {
    const { code, out } = await run("now", "--at", "2026-12-25T10:00", "--json");
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json).sort()).toEqual(["at", "holiday", "next", "shift"]);
    expect(json.at).toBe("2026-12-25T10:00:00-05:00");
    expect(Object.keys(json.shift).sort()).toEqual(SHIFT_KEYS);
    expect(json.shift).toEqual({ start: "2026-12-25T09:00:00-05:00", end: "2026-12-25T17:00:00-05:00", engineer: "alex", slot: "day", reason: "holiday" });
    expect(json.holiday).toBe("Christmas");
    expect(json.next.length).toBeGreaterThan(0);
    for (const s of json.next) expect(Object.keys(s).sort()).toEqual(SHIFT_KEYS);
  });

  it("schedule --format json: an array of {start, end, engineer, slot, reason}; --engineer filters; --format ics parses", async () => {
    const { code, out } = await run("schedule", "--from", "2026-03-07", "--to", "2026-03-09", "--format", "json");
    expect(code).toBe(0);
    const shifts = JSON.parse(out);
    expect(Array.isArray(shifts)).toBe(true);
    for (const s of shifts) {
      expect(Object.keys(s).sort()).toEqual(SHIFT_KEYS);
      expect(s.start).toMatch(ISO_WITH_OFFSET);
    }
    expect(shifts.find((s: { start: string }) => s.start === "2026-03-08T01:00:00-05:00").end).toBe("2026-03-08T09:00:00-04:00");
    const mine = JSON.parse((await run("schedule", "--from", "2026-12-01", "--to", "2026-12-15", "--engineer", "mike", "--format", "json")).out);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((s: { engineer: string }) => s.engineer === "mike")).toBe(true);
    const ics = await run("schedule", "--from", "2026-12-24", "--to", "2026-12-25", "--format", "ics");
    expect(ics.code).toBe(0);
    const events = new ICAL.Component(ICAL.parse(ics.out)).getAllSubcomponents("vevent");
    expect(events.length).toBe(4); // the evening of the 23rd (until 01:00) and the shifts starting 01:00, 09:00, 17:00
    const table = await run("schedule", "--from", "2026-12-24", "--to", "2026-12-25");
    expect(table.out.split("\n")[0]).toMatch(/^start\s+end\s+hours\s+slot\s+engineer\s+reason/);
  });

  it("fairness --json and lint: exit 1 when an error-level finding exists, 0 otherwise", async () => {
    const fairness = await run("fairness", "--from", "2026-12-01", "--to", "2027-01-01", "--json");
    expect(fairness.code).toBe(0);
    const report = JSON.parse(fairness.out);
    expect(report.engineers.find((e: { engineer: string }) => e.engineer === "alex").holidayHours).toBeGreaterThanOrEqual(72);
    const christmas = await run("lint", "--from", "2026-12-20", "--to", "2026-12-29", "--json");
    expect(christmas.code).toBe(1);
    const findings = JSON.parse(christmas.out).findings;
    expect(findings[0]).toMatchObject({ kind: "long-stretch", severity: "error", engineers: ["alex"], start: "2026-12-24T01:00:00-05:00", end: "2026-12-27T01:00:00-05:00", holiday: "Christmas" });
    expect(Object.keys(findings[0]).sort()).toEqual(["end", "engineers", "holiday", "kind", "message", "severity", "start", "suggestion"]);
    const february = await run("lint", "--from", "2026-02-01", "--to", "2026-03-01");
    expect(february.code).toBe(0);
    expect(february.out).toMatch(/0 error/);
  });

  it("escalation --json lists the chain with availability; lisa's time off shows", async () => {
    const { code, out } = await run("escalation", "daily_growth", "--at", "2026-12-03T12:00", "--json");
    expect(code).toBe(0);
    const chain = JSON.parse(out);
    expect(chain.at).toBe("2026-12-03T12:00:00-05:00");
    expect(chain.contacts[0]).toMatchObject({ step: "primary", id: "lisa", available: false });
    expect(chain.contacts.at(-1)).toMatchObject({ step: "manager" });
    expect(at("2026-12-03T12:00")).toBe(Date.parse(chain.at));
  });

  it("bad arguments exit 2 with a clear message", async () => {
    for (const argv of [
      ["schedule", "--from", "2026-12-01"],
      ["schedule", "--from", "2026-12-05", "--to", "2026-12-01"],
      ["schedule", "--from", "2026-12-01", "--to", "2026-12-05", "--format", "xml"],
      ["schedule", "--from", "2026-12-01", "--to", "2026-12-05", "--engineer", "nobody"],
      ["schedule", "--from", "yesterday", "--to", "2026-12-05"],
      ["now", "--at", "not-a-date"],
      ["now", "--bogus"],
      ["fairness", "--from", "2026-01-01"],
      ["lint", "--from", "2026-01-01", "--to", "2090-01-01"],
      ["escalation"],
      ["escalation", "no_such_pipeline"],
    ]) {
      const { code, err } = await run(...argv);
      expect({ argv, code }).toEqual({ argv, code: 2 });
      expect(err).toMatch(new RegExp(`^oncall-desk ${argv[0]}: .+\\nUsage: oncall-desk ${argv[0]}`));
    }
  });

  it("a broken workspace prints its problems and exits 1", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "ocd-rotation-"));
    await writeFile(path.join(dir, "workspace.yaml"), "version: 1\ntimezone: [\n");
    for (const command of [["now"], ["schedule", "--from", "2026-01-01", "--to", "2026-01-02"], ["fairness", "--from", "2026-01-01", "--to", "2026-01-02"], ["lint"], ["escalation", "x"]]) {
      const { code, out, err } = await run(...command, "--workspace", dir);
      expect(code).toBe(1);
      expect(out).toContain(path.join(dir, "workspace.yaml"));
      expect(err).toMatch(/problem/);
    }
  });
});
