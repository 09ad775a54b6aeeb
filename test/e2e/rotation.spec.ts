import ICAL from "ical.js";
import { loadWorkspace } from "../../main/services/workspace/load-workspace";
import { compileSchedule } from "../../shared/domain/rotation/schedule";
import { whoIsOnCall } from "../../shared/domain/rotation/on-call";
import { DESK_NOW, EMBEDDED_WORKSPACE, expect, test } from "./support/desk-fixture";

/** 10:00 in New York on 2026-12-20: Christmas and New Year lie inside the next 90 days. */
const DECEMBER = new Date("2026-12-20T15:00:00Z");
const DAY_MS = 86_400_000;

async function embedded() {
  const loaded = await loadWorkspace(EMBEDDED_WORKSPACE);
  if (!loaded.ok) throw new Error("the embedded workspace does not validate");
  return { ws: loaded.workspace, schedule: compileSchedule(loaded.workspace) };
}

test("upcoming shifts name the engineer the rotation gives at the clock's now, highlighted, and a day ahead; the filter keeps one engineer", async ({ openDesk }) => {
  const { ws, schedule } = await embedded();
  const now = whoIsOnCall(schedule, DESK_NOW.getTime(), 1);
  const current = now.shift!;
  const next = now.next[0]!;
  const name = (id: string) => ws.team.find((e) => e.id === id)!.name;

  const { page } = await openDesk();
  const rotation = page.getByRole("region", { name: "Rotation" });
  const currentRow = rotation.locator(".shift[aria-current=true]");
  await expect(currentRow).toHaveCount(1);
  await expect(currentRow).toHaveAttribute("data-start", schedule.clock.format(current.start));
  await expect(currentRow).toContainText(name(current.engineer));
  await expect(currentRow).toContainText(current.slot);
  await expect(rotation.locator(`.shift[data-start="${schedule.clock.format(next.start)}"]`)).toContainText(name(next.engineer));
  await page.screenshot({ path: "/tmp/oncall-desk-rotation-upcoming.png", fullPage: true });

  await rotation.getByRole("group", { name: "Engineer" }).getByRole("button", { name: name(next.engineer) }).click();
  const rows = rotation.locator(".shift");
  await expect(rows.first()).toHaveAttribute("data-engineer", next.engineer);
  const expected = schedule.shifts(DESK_NOW.getTime(), DESK_NOW.getTime() + 14 * DAY_MS).filter((s) => s.engineer === next.engineer);
  await expect(rows).toHaveCount(expected.length);
});

test("upcoming shifts show the 9-hour night of the November DST change as it is", async ({ openDesk }) => {
  const { page } = await openDesk({ now: new Date("2026-10-30T15:00:00Z") });
  const night = page.getByRole("region", { name: "Rotation" }).locator('.shift[data-start="2026-11-01T01:00:00-04:00"]');
  await expect(night.locator(".shift__hours--dst")).toHaveText("9h");
  await expect(night).toContainText("01:00–09:00");
});

test("upcoming shifts badge the time-off covers of Lisa's vacation and the Dec 10 override", async ({ openDesk }) => {
  const { ws, schedule } = await embedded();
  const now = new Date("2026-12-01T15:00:00Z");
  const shifts = schedule.shifts(now.getTime(), now.getTime() + 14 * DAY_MS);
  const cover = shifts.find((s) => s.reason === "time-off cover")!;
  const override = shifts.find((s) => s.reason === "override")!;
  const name = (id: string) => ws.team.find((e) => e.id === id)!.name;

  const { page } = await openDesk({ now });
  const rotation = page.getByRole("region", { name: "Rotation" });
  const coverRow = rotation.locator(`.shift[data-start="${schedule.clock.format(cover.start)}"]`);
  await expect(coverRow).toContainText(name(cover.engineer));
  await expect(coverRow.locator(".badge--reason-time-off-cover")).toHaveText(`covers ${name(cover.covers!)}`);
  const overrideRow = rotation.locator(`.shift[data-start="${schedule.clock.format(override.start)}"]`);
  await expect(overrideRow.locator(".badge--reason-override")).toHaveText(`override · covers ${name(override.covers!)}`);
});

test("in December 2026 the schedule check lists the Christmas 72-hour error with what to do; 30 days still holds it, fairness shows the cycle", async ({ openDesk }) => {
  const { page } = await openDesk({ now: DECEMBER });
  const rotation = page.getByRole("region", { name: "Rotation" });
  await rotation.getByRole("tab", { name: "Schedule check" }).click();
  const errors = rotation.locator(".finding[data-severity=error]");
  const christmas = errors.filter({ hasText: "Christmas" });
  await expect(christmas).toHaveCount(1);
  await expect(christmas).toContainText("72h straight");
  await expect(christmas).toContainText("What to do: Add eligible engineers to the Christmas rule");
  await expect(errors.filter({ hasText: "New Year" })).toHaveCount(1);
  // Errors come first, whatever their dates.
  await expect(rotation.locator(".finding").first()).toHaveAttribute("data-severity", "error");
  await expect(rotation.getByLabel("Check summary")).toContainText(`${await errors.count()} errors`);
  await expect(rotation.getByRole("tab", { name: "Schedule check" }).locator(".tab__count")).toHaveText(String(await errors.count()));
  await rotation.screenshot({ path: "/tmp/oncall-desk-rotation-check.png" });

  await rotation.getByRole("group", { name: "Check range" }).getByRole("button", { name: "30 days" }).click();
  await expect(rotation.locator(".finding[data-kind=long-stretch][data-severity=error]")).toHaveCount(2);

  await rotation.getByRole("tab", { name: "Fairness" }).click();
  const table = rotation.getByRole("table", { name: "Fairness" });
  await expect(table.locator("tbody tr")).toHaveCount(4);
  await expect(table.locator("tfoot")).toContainText("Spread (max/min)");
  await rotation.screenshot({ path: "/tmp/oncall-desk-rotation-fairness.png" });
});

test("Export calendar saves an .ics of the next 90 days that ical.js reads back, for the team and for the selected engineer", async ({ openDesk }) => {
  const { schedule } = await embedded();
  const { page, saved } = await openDesk({ now: DECEMBER });
  const rotation = page.getByRole("region", { name: "Rotation" });
  const shifts = schedule.shifts(DECEMBER.getTime(), DECEMBER.getTime() + 90 * DAY_MS);
  const events = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));

  await rotation.getByRole("button", { name: "Export calendar (.ics)" }).click();
  await expect(rotation.getByRole("status")).toContainText("Saved");
  // Christmas week: the holiday and time-off badges, and the export's answer in the header.
  await rotation.screenshot({ path: "/tmp/oncall-desk-rotation-december.png" });
  expect(saved.map((f) => f.name)).toEqual(["oncall-team-2026-12-20.ics"]);
  const team = events(saved[0]!.contents);
  expect(team).toHaveLength(shifts.length);
  expect(team.map((e) => e.startDate.toUnixTime() * 1000)).toEqual(shifts.map((s) => s.start));

  await rotation.getByRole("group", { name: "Engineer" }).getByRole("button", { name: "Lisa Wang" }).click();
  await rotation.getByRole("button", { name: "Export calendar (.ics)" }).click();
  await expect.poll(() => saved.length).toBe(2);
  expect(saved[1]!.name).toBe("oncall-lisa-2026-12-20.ics");
  expect(events(saved[1]!.contents)).toHaveLength(shifts.filter((s) => s.engineer === "lisa").length);
});
