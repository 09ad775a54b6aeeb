import ICAL from "ical.js";
import { afterEach, describe, expect, it } from "vitest";
import { createAppServices } from "../../../main/app/app-services";
import { createHandlers, type HandlerServices } from "../../../main/app/handlers";
import { guardedCall } from "../../../main/app/ipc-guard";
import { dialogSaveFile, type SaveFile } from "../../../main/app/save-file";
import { EMBEDDED_WORKSPACE_DIR } from "../../../main/services/workspace/load-workspace";
import { cycleAt } from "../../../shared/domain/rotation/fairness";
import type { InvokeChannel, InvokeMap } from "../../../shared/ipc/contract";
import { createFakeClock } from "../../fakes/fake-clock";

const DECEMBER = new Date("2026-12-01T15:00:00Z"); // 10:00 in New York, Christmas and New Year within 90 days
const running: HandlerServices[] = [];

function desk(saveFile?: SaveFile, now = DECEMBER) {
  const services = createAppServices({ name: "oncall-desk", version: "0.0.0-test", workspaceOverride: EMBEDDED_WORKSPACE_DIR, embeddedWorkspaceDir: EMBEDDED_WORKSPACE_DIR, clock: createFakeClock(now), ...(saveFile && { saveFile }) });
  running.push(services);
  const handlers = createHandlers(services);
  const call = <K extends InvokeChannel>(channel: K, payload: InvokeMap[K]["request"] | unknown) =>
    guardedCall(handlers, channel, payload, { ownWindow: true, frameUrl: "app://oncall-desk/index.html" }, () => true) as Promise<InvokeMap[K]["response"]>;
  return { services, call };
}

/** A SaveFile that keeps what it was given, as a user accepting the suggested name would. */
function recordingSave() {
  const files: { name: string; contents: string }[] = [];
  const saveFile: SaveFile = async (name, contents) => {
    files.push({ name, contents });
    return { saved: true, path: `/saved/${name}` };
  };
  return { files, saveFile };
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.desk.stop()));
});

describe("rotation channels on the embedded workspace", () => {
  it("rotation:lint defaults to main's now plus 90 days and reports Alex's 72-hour Christmas and New Year stretches with the fix", async () => {
    const lint = await desk().call("rotation:lint", {});
    expect(lint).toMatchObject({ from: "2026-12-01T10:00:00-05:00", to: "2027-03-01T10:00:00-05:00", zone: "America/New_York" });
    const long = lint!.findings.filter((f) => f.kind === "long-stretch" && f.severity === "error");
    expect(long.map((f) => [f.start, f.end, f.engineers])).toEqual([
      ["2026-12-24T01:00:00-05:00", "2026-12-27T01:00:00-05:00", ["alex"]],
      ["2026-12-31T01:00:00-05:00", "2027-01-03T01:00:00-05:00", ["alex"]],
    ]);
    expect(long[0]!.message).toContain("72h straight");
    expect(long[0]!.suggestion).toMatch(/Add eligible engineers to the Christmas rule/);
  });

  it("rotation:lint over an explicit range that misses the holidays has no 72-hour finding", async () => {
    const lint = await desk().call("rotation:lint", { from: "2027-02-01T00:00:00-05:00", to: "2027-03-01T00:00:00-05:00" });
    expect(lint!.from).toBe("2027-02-01T00:00:00-05:00");
    expect(lint!.findings.some((f) => f.kind === "long-stretch")).toBe(false);
  });

  it("rotation:fairness defaults to the rotation cycle around now, equal hours per engineer apart from holidays and time off", async () => {
    const { call, services } = desk(undefined, new Date("2026-03-10T15:00:00Z"));
    const d = (await services.desk.current())!;
    const cycle = cycleAt(d.schedule, Date.parse("2026-03-10T15:00:00Z"));
    const report = await call("rotation:fairness", {});
    expect(report).toMatchObject({ from: d.schedule.clock.format(cycle.from), to: d.schedule.clock.format(cycle.to) });
    expect(report!.engineers.map((e) => e.engineer).sort()).toEqual(["alex", "lisa", "mike", "sarah"]);
    expect(report!.blocks).toHaveLength(4);
    // Eight weeks, three slots a day, shared by four engineers: 56 × 24 / 4 = 336 hours each (the DST night is an hour short for one).
    expect(report!.engineers.reduce((sum, e) => sum + e.hours, 0)).toBe(56 * 24 - 1);
    expect(report!.spread.hours).toBeCloseTo(336 / 335, 5);
    // The report crosses the bridge as plain data.
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it("rotation:fairness over December shows the seniors' holiday hours", async () => {
    const report = await desk().call("rotation:fairness", { from: "2026-12-01T00:00:00-05:00", to: "2027-01-05T00:00:00-05:00" });
    const alex = report!.engineers.find((e) => e.engineer === "alex")!;
    expect(alex.holidayHours).toBe(144);
    expect(report!.engineers.filter((e) => e.engineer !== "alex").every((e) => e.holidayHours === 0)).toBe(true);
    expect(report!.spread.holidayHours).toBeNull();
  });

  it("rotation:export-ics hands main's saveFile an .ics of the range, for the team or one engineer", async () => {
    const { files, saveFile } = recordingSave();
    const { call, services } = desk(saveFile);
    const range = { from: "2026-12-01T10:00:00-05:00", to: "2027-03-01T10:00:00-05:00" };
    await expect(call("rotation:export-ics", range)).resolves.toEqual({ saved: true, path: "/saved/oncall-team-2026-12-01.ics" });
    await expect(call("rotation:export-ics", { ...range, engineer: "lisa" })).resolves.toMatchObject({ saved: true, path: "/saved/oncall-lisa-2026-12-01.ics" });
    const d = (await services.desk.current())!;
    const shifts = d.schedule.shifts(Date.parse(range.from), Date.parse(range.to));
    const events = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    const team = events(files[0]!.contents);
    expect(team).toHaveLength(shifts.length);
    expect(team.map((e) => e.startDate.toUnixTime() * 1000)).toEqual(shifts.map((s) => s.start));
    const lisa = events(files[1]!.contents);
    expect(lisa).toHaveLength(shifts.filter((s) => s.engineer === "lisa").length);
    expect(lisa.every((e) => e.summary.includes("Lisa"))).toBe(true);
    await expect(call("rotation:export-ics", { ...range, engineer: "nobody" })).rejects.toThrow(/unknown engineer "nobody"/);
  });

  it("rotation:export-ics reports a cancelled dialog as not saved; without a dialog it refuses", async () => {
    const cancelled = dialogSaveFile({ showSaveDialog: async () => ({ canceled: true, filePath: "" }), writeFile: () => Promise.reject(new Error("must not write")), defaultDir: () => "/home/u/Downloads" });
    const range = { from: "2026-12-01T00:00:00-05:00", to: "2026-12-08T00:00:00-05:00" };
    await expect(desk(cancelled).call("rotation:export-ics", range)).resolves.toEqual({ saved: false });
    await expect(desk().call("rotation:export-ics", range)).rejects.toThrow(/saving files is not available here/);
  });

  it("the dialog adapter suggests the name in the default folder, filters on its extension and writes where the user chose", async () => {
    const asked: unknown[] = [];
    const written: [string, string][] = [];
    const save = dialogSaveFile({
      showSaveDialog: async (options) => {
        asked.push(options);
        return { canceled: false, filePath: "/chosen/oncall.ics" };
      },
      writeFile: async (file, contents) => void written.push([file, contents]),
      defaultDir: () => "/home/u/Downloads",
    });
    await expect(save("oncall-team-2026-12-01.ics", "BEGIN:VCALENDAR")).resolves.toEqual({ saved: true, path: "/chosen/oncall.ics" });
    expect(asked).toEqual([{ defaultPath: "/home/u/Downloads/oncall-team-2026-12-01.ics", filters: [{ name: "ICS", extensions: ["ics"] }] }]);
    expect(written).toEqual([["/chosen/oncall.ics", "BEGIN:VCALENDAR"]]);
  });

  it.each([
    ["rotation:lint", { from: "2026-12-01T00:00:00Z" }],
    ["rotation:lint", { from: "2026-12-01T00:00:00Z", to: "2026-11-01T00:00:00Z" }],
    ["rotation:lint", { from: "2026-01-01T00:00:00Z", to: "2027-03-01T00:00:00Z" }],
    ["rotation:lint", { days: 30 }],
    ["rotation:fairness", { from: "2026-12-01", to: "2027-01-01" }],
    ["rotation:fairness", { to: "2027-01-01T00:00:00Z" }],
    ["rotation:export-ics", {}],
    ["rotation:export-ics", { from: "2026-12-01T00:00:00Z", to: "2028-02-01T00:00:00Z" }],
    ["rotation:export-ics", { from: "2026-12-01T00:00:00Z", to: "2027-01-01T00:00:00Z", engineer: "" }],
    ["rotation:export-ics", { from: "2026-12-01T00:00:00Z", to: "2027-01-01T00:00:00Z", path: "/etc/passwd" }],
  ] as const)("%s rejects %j before any handler runs", async (channel, payload) => {
    await expect(desk().call(channel, payload)).rejects.toThrow(`${channel}: invalid request`);
  });
});
