/**
 * Which local days are holidays. Two kinds of rule, as the workspace writes them: a fixed month-day
 * range (`12-31` to `01-02` wraps into the next year) and "4th thursday in november" with a length
 * in days. A small function on day numbers rather than date-holidays: the rule grammar is the
 * schema's, and day numbers keep a three-year expansion free of per-day allocations.
 */
import type { Engineer, HolidayRule } from "../workspace-schema";
import { dayOfDate, weekdayOfDay, yearOfDay } from "./local-day";

/** One holiday in one year: local days `firstDay`..`lastDay` inclusive. */
export interface HolidayOccurrence {
  name: string;
  rule: HolidayRule;
  firstDay: number;
  lastDay: number;
}

/** Holiday lookup by local day, computed a year at a time as asked. */
export interface HolidayCalendar {
  /** The holiday on a local day; when rules overlap, the one listed first. */
  on(day: number): HolidayOccurrence | undefined;
  /** Every occurrence with at least one day in `firstDay`..`lastDay`, by first day. */
  between(firstDay: number, lastDay: number): HolidayOccurrence[];
}

const ORDINALS: Record<string, number> = { "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, last: -1 };
const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const RULE_RE = /^(1st|2nd|3rd|4th|5th|last) (\w+) in (\w+)$/i;

/** The `nth` (1–5, or -1 for the last) ISO `weekday` (1 = Monday) of a month; undefined when there is no 5th. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, nth: number): number | undefined {
  const last = dayOfDate(year, month, 31); // clamped to the month's last day
  if (nth < 0) return last - ((weekdayOfDay(last) - weekday + 7) % 7);
  const first = dayOfDate(year, month, 1);
  const day = first + ((weekday - weekdayOfDay(first) + 7) % 7) + (nth - 1) * 7;
  return day <= last ? day : undefined;
}

/** The occurrence of `rule` that starts in `year`, if any. */
export function occurrenceIn(rule: HolidayRule, year: number): HolidayOccurrence | undefined {
  if ("from" in rule) {
    const [fm, fd] = rule.from.split("-").map(Number);
    const [tm, td] = rule.to.split("-").map(Number);
    const wraps = rule.to < rule.from;
    return { name: rule.name, rule, firstDay: dayOfDate(year, fm!, fd!), lastDay: dayOfDate(wraps ? year + 1 : year, tm!, td!) };
  }
  // No trim: the workspace schema's pattern already refuses spaces around the rule.
  const match = RULE_RE.exec(rule.rule);
  if (!match) return undefined;
  const first = nthWeekdayOfMonth(
    year,
    MONTHS.indexOf(match[3]!.toLowerCase()) + 1,
    WEEKDAYS.indexOf(match[2]!.toLowerCase()) + 1,
    ORDINALS[match[1]!.toLowerCase()]!,
  );
  return first === undefined ? undefined : { name: rule.name, rule, firstDay: first, lastDay: first + rule.days - 1 };
}

/** The ids of the team members a rule lets be on call: by level or by id, in team order. */
export function eligibleEngineers(rule: HolidayRule, team: readonly Engineer[]): string[] {
  return team.filter((e) => rule.eligible.includes(e.level) || rule.eligible.includes(e.id)).map((e) => e.id);
}

/** Builds the calendar of `rules`. */
export function createHolidayCalendar(rules: readonly HolidayRule[]): HolidayCalendar {
  const byDay = new Map<number, HolidayOccurrence>();
  const occurrences: HolidayOccurrence[] = [];
  const years = new Set<number>();

  const ruleIndex = new Map(rules.map((rule, index) => [rule, index]));
  // The rule listed first holds a shared day; of one rule's two occurrences (a year-long range whose start
  // is clamped, e.g. Feb 29), the one already under way. Never the order in which years were expanded.
  const holdsBefore = (a: HolidayOccurrence, b: HolidayOccurrence) => (ruleIndex.get(a.rule)! - ruleIndex.get(b.rule)! || a.firstDay - b.firstDay) < 0;

  function ensureYear(year: number): void {
    if (years.has(year)) return;
    years.add(year);
    for (const rule of rules) {
      const occurrence = occurrenceIn(rule, year);
      if (!occurrence) continue;
      occurrences.push(occurrence);
      for (let d = occurrence.firstDay; d <= occurrence.lastDay; d++) {
        const current = byDay.get(d);
        if (!current || holdsBefore(occurrence, current)) byDay.set(d, occurrence);
      }
    }
    occurrences.sort((a, b) => a.firstDay - b.firstDay);
  }

  // An occurrence that starts in the year before may run into this one (New Year, long rules).
  const ensureAround = (day: number) => {
    const year = yearOfDay(day);
    ensureYear(year - 1);
    ensureYear(year);
  };

  return {
    on(day) {
      ensureAround(day);
      return byDay.get(day);
    },
    between(firstDay, lastDay) {
      for (let y = yearOfDay(firstDay) - 1; y <= yearOfDay(lastDay); y++) ensureYear(y);
      return occurrences.filter((o) => o.lastDay >= firstDay && o.firstDay <= lastDay);
    },
  };
}
