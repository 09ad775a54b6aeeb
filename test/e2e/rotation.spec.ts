import ICAL from "ical.js";
import { whoIsOnCall } from "../../shared/domain/rotation/on-call";
import { cycleAt, fairnessReport } from "../../shared/domain/rotation/fairness";
import { fairnessToJson } from "../../shared/domain/rotation/report-json";
import { routes } from "../../shared/ipc/routes";
import { DESK_NOW, expect, test } from "./support/desk-fixture";
import { embedded } from "./support/domain";

/** 10:00 in New York on 2026-12-20: Christmas and New Year lie inside the next 90 days. */
const DECEMBER = new Date("2026-12-20T15:00:00Z");
const DAY_MS = 86_400_000;

test("upcoming shifts name the engineer the rotation gives at the clock's now, highlighted, and a day ahead; the filter keeps one engineer", async ({ openDesk }) => {
  const { ws, schedule } = await embedded();
  const now = whoIsOnCall(schedule, DESK_NOW.getTime(), 1);
  const current = now.shift!;
  const next = now.next[0]!;
  const name = (id: string) => ws.team.find((e) => e.id === id)!.name;

  const { page } = await openDesk({ path: routes.rotation() });
  const rotation = page.locator("main");
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
  const { page } = await openDesk({ now: new Date("2026-10-30T15:00:00Z"), path: routes.rotation() });
  const night = page.locator("main").locator('.shift[data-start="2026-11-01T01:00:00-04:00"]');
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

  const { page } = await openDesk({ now, path: routes.rotation() });
  const rotation = page.locator("main");
  const coverRow = rotation.locator(`.shift[data-start="${schedule.clock.format(cover.start)}"]`);
  await expect(coverRow).toContainText(name(cover.engineer));
  await expect(coverRow.locator(".badge--reason-time-off-cover")).toHaveText(`covers ${name(cover.covers!)}`);
  const overrideRow = rotation.locator(`.shift[data-start="${schedule.clock.format(override.start)}"]`);
  await expect(overrideRow.locator(".badge--reason-override")).toHaveText(`override · covers ${name(override.covers!)}`);
});

test("in December 2026 the schedule check lists the Christmas 72-hour error with what to do; 30 days still holds it, fairness shows the cycle", async ({ openDesk }) => {
  const { page } = await openDesk({ now: DECEMBER, path: routes.rotation() });
  const rotation = page.locator("main");
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
  await expect(rotation.getByRole("tab", { name: "Schedule check" }).locator(".tab__count")).toHaveText(`${await errors.count()} errors`);
  await rotation.screenshot({ path: "/tmp/oncall-desk-rotation-check.png" });

  await rotation.getByRole("group", { name: "Check range" }).getByRole("button", { name: "30 days" }).click();
  await expect(rotation.locator(".finding[data-kind=long-stretch][data-severity=error]")).toHaveCount(2);

  await rotation.getByRole("tab", { name: "Fairness" }).click();
  const table = rotation.getByRole("table", { name: "Fairness" });
  await expect(table.locator("tbody tr")).toHaveCount(4);
  await expect(table.locator("tfoot")).toContainText("Spread (max/min)");
  // The chart draws the same report, measure by measure.
  const { schedule } = await embedded();
  const range = cycleAt(schedule, DECEMBER.getTime());
  const report = fairnessToJson(fairnessReport(schedule, range.from, range.to), schedule.clock);
  for (const measure of ["hours", "nightHours", "weekendHours", "holidayHours"] as const) {
    const bars = rotation.locator(`figure[data-measure=${measure}] .bars__row`);
    expect(await bars.evaluateAll((rows) => rows.map((r) => [r.getAttribute("data-engineer"), r.querySelector(".bars__value")!.textContent]))).toEqual(
      report.engineers.map((e) => [e.engineer, `${e[measure]}h`]),
    );
  }
  await rotation.screenshot({ path: "/tmp/oncall-desk-rotation-fairness.png" });
});

test("Export calendar saves an .ics of the next 90 days that ical.js reads back, for the team and for the selected engineer", async ({ openDesk }) => {
  const { schedule } = await embedded();
  const { page, saved } = await openDesk({ now: DECEMBER, path: routes.rotation() });
  const rotation = page.locator("main");
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

/** The local date of an instant in the schedule's zone, e.g. `2026-12-24`. */
const localDay = (schedule: Awaited<ReturnType<typeof embedded>>["schedule"], ms: number) => schedule.clock.format(ms).slice(0, 10);

test("the week calendar puts each shift in its day and slot; Christmas week has the holiday on its days and the senior engineer in every slot", async ({ openDesk }) => {
  const { ws, schedule } = await embedded();
  const { page } = await openDesk({ now: DECEMBER, path: routes.rotation() });
  const main = page.locator("main");
  await main.getByRole("tab", { name: "Week" }).click();
  // Sun Dec 20 is the last day of its Monday-first week; the next week holds Christmas.
  await main.getByRole("button", { name: "Next week" }).click();
  const week = main.getByRole("table", { name: /^Week of Mon, Dec 21 – Sun, Dec 27, 2026$/ });
  await expect(week).toBeVisible();
  const from = Date.parse("2026-12-21T00:00:00-05:00");
  const shifts = schedule.shifts(from, from + 7 * DAY_MS).filter((s) => s.start >= from);
  for (const shift of shifts) {
    const cell = week.locator(`tr[data-slot="${shift.slot}"] td[data-date="${localDay(schedule, shift.start)}"]`);
    await expect(cell.locator(`[data-start="${schedule.clock.format(shift.start)}"]`)).toHaveAttribute("data-engineer", shift.engineer);
  }
  const christmas = new Set(shifts.filter((s) => s.holiday === "Christmas").map((s) => localDay(schedule, s.start)));
  expect([...christmas].sort()).toEqual(["2026-12-24", "2026-12-25", "2026-12-26"]);
  for (const date of christmas) await expect(week.locator(`thead th[data-date="${date}"] [data-holiday]`)).toHaveText("Christmas");
  await expect(week.locator(`thead th[data-date="2026-12-23"] [data-holiday]`)).toHaveCount(0);
  const senior = ws.team.find((e) => e.level === "senior")!;
  await expect(week.locator(`td[data-date="2026-12-25"] .cal-shift`)).toHaveCount(3);
  for (const engineer of await week.locator(`td[data-date="2026-12-25"] .cal-shift`).evaluateAll((els) => els.map((e) => e.getAttribute("data-engineer")))) expect(engineer).toBe(senior.id);
});

test("the month calendar marks holidays, time off, overrides and covers as the schedule has them, and a DST night with its true length", async ({ openDesk }) => {
  const { ws, schedule } = await embedded();
  const { page } = await openDesk({ now: new Date("2026-12-01T15:00:00Z"), path: routes.rotation() });
  const main = page.locator("main");
  await main.getByRole("tab", { name: "Month" }).click();
  const month = main.getByRole("table", { name: "December 2026" });
  await expect(month).toBeVisible();
  const from = Date.parse("2026-12-01T00:00:00-05:00");
  const shifts = schedule.shifts(from, Date.parse("2027-01-01T00:00:00-05:00")).filter((s) => s.start >= from);
  const holidays = new Map(shifts.filter((s) => s.holiday).map((s) => [localDay(schedule, s.start), s.holiday]));
  // The grid's first and last weeks hold days of November and January too: December's are compared.
  const december = month.locator('td[data-date^="2026-12"]');
  expect(await december.locator("[data-holiday]").evaluateAll((els) => els.map((e) => [e.closest("td")!.getAttribute("data-date"), e.textContent]))).toEqual([...holidays]);
  for (const off of ws.time_off) {
    const name = ws.team.find((e) => e.id === off.engineer)!.name;
    for (let day = off.from; day <= off.to; day = new Date(Date.parse(`${day}T12:00:00Z`) + DAY_MS).toISOString().slice(0, 10)) {
      if (day.startsWith("2026-12")) await expect(month.locator(`td[data-date="${day}"] [data-away="${name}"]`)).toHaveText(`${name} away`);
    }
  }
  for (const reason of ["override", "time-off cover"] as const) {
    const expected = shifts.filter((s) => s.reason === reason).map((s) => schedule.clock.format(s.start));
    expect(expected.length).toBeGreaterThan(0);
    expect(await december.locator(`.cal-shift[data-reason="${reason}"]`).evaluateAll((els) => els.map((e) => e.getAttribute("data-start")))).toEqual(expected);
  }

  // November: the night the clocks go back lasts 9 hours.
  await main.getByRole("button", { name: "Previous month" }).click();
  const november = main.getByRole("table", { name: "November 2026" });
  const night = november.locator('.cal-shift[data-start="2026-11-01T01:00:00-04:00"]');
  await expect(night.locator(".badge--dst")).toContainText("DST 9h");
  await expect(november.locator(".badge--dst")).toHaveCount(1);
});

test("My shifts lists this machine's engineer's shifts of the next 90 days, or asks who you are", async ({ openDesk, page }) => {
  const { schedule } = await embedded();
  await openDesk({ path: routes.rotation(), settings: { identity: { kind: "engineer", engineer: "lisa" } } });
  const main = page.locator("main");
  await main.getByRole("tab", { name: "My shifts" }).click();
  const mine = schedule.shifts(DESK_NOW.getTime(), DESK_NOW.getTime() + 90 * DAY_MS).filter((s) => s.engineer === "lisa");
  const rows = main.getByRole("group", { name: "My shifts" }).locator(".shift");
  await expect(rows).toHaveCount(mine.length);
  expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-start")))).toEqual(mine.map((s) => schedule.clock.format(s.start)));
  await expect(main.locator(".shift:not([data-engineer=lisa])")).toHaveCount(0);
});

test("My shifts without an identity points to Settings", async ({ openDesk }) => {
  const { page } = await openDesk({ path: routes.rotation(), settings: { identity: { kind: "watcher" } } });
  await page.getByRole("tab", { name: "My shifts" }).click();
  await page.locator("main").getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Settings");
});

test("the rotation tabs follow the WAI-ARIA pattern: one tab stop, arrows move and select, Home and End jump", async ({ openDesk }) => {
  const { page } = await openDesk({ path: routes.rotation() });
  const tabs = page.getByRole("tablist", { name: "Rotation views" }).getByRole("tab");
  await expect(tabs).toHaveCount(6);
  await tabs.first().focus();
  await page.keyboard.press("ArrowRight");
  await expect(tabs.nth(1)).toBeFocused();
  await expect(tabs.nth(1)).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("tabpanel", { name: "Week" })).toBeVisible();
  await page.keyboard.press("End");
  await expect(tabs.last()).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowRight");
  await expect(tabs.first()).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await expect(tabs.last()).toBeFocused();
  expect(await tabs.evaluateAll((els) => els.map((e) => e.getAttribute("tabindex")))).toEqual(["-1", "-1", "-1", "-1", "-1", "0"]);
});
