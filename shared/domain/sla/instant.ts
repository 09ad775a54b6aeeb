/** Fast reading of the ISO 8601 instants sources report ("2026-03-08T06:00:00+00:00", "…Z", "….123456Z"). */

const DASH = 45;
const COLON = 58;
const DOT = 46;
const PLUS = 43;
const T = 84;
const Z = 90;

/** The two digits at text[i], text[i+1] as a number, NaN when either is not a digit. */
function two(text: string, i: number): number {
  const a = text.charCodeAt(i) - 48;
  const b = text.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : NaN;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil); cheaper than Date.UTC. */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Epoch milliseconds of an ISO instant, NaN when unreadable: always what `Date.parse` says, read faster. */
export function instantMs(text: string): number {
  // Date.parse costs ~0.3-0.6 µs and a cold month of runs for a thousand pipelines is ~640k instants,
  // so the one shape sources emit, YYYY-MM-DDTHH:MM:SS[.fff…](Z|±HH:MM), is read by position. Anything
  // else, and any field out of its everyday range (hour 24, a 60th second, offset hour 24), is left
  // to Date.parse so the edge semantics stay the engine's.
  const n = text.length;
  // No length check: a position past the end reads as NaN, which is no separator, so short text falls back here.
  if (text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH || text.charCodeAt(10) !== T || text.charCodeAt(13) !== COLON || text.charCodeAt(16) !== COLON) {
    return Date.parse(text);
  }
  let i = 19;
  let ms = 0;
  if (text.charCodeAt(i) === DOT) {
    // Like Date.parse: milliseconds are the first three digits, the rest are dropped (not rounded).
    const first = ++i;
    for (let c = text.charCodeAt(i) - 48; c >= 0 && c <= 9; c = text.charCodeAt(++i) - 48) if (i - first < 3) ms = ms * 10 + c;
    const read = i - first;
    if (read === 0) return Date.parse(text);
    if (read < 3) ms *= read === 1 ? 100 : 10;
  }
  let offsetMin = 0;
  const zone = text.charCodeAt(i);
  if (zone === Z && i === n - 1) offsetMin = 0;
  else if ((zone === PLUS || zone === DASH) && n === i + 6 && text.charCodeAt(i + 3) === COLON) {
    const oh = two(text, i + 1);
    const om = two(text, i + 4);
    if (!(oh <= 23 && om <= 59)) return Date.parse(text);
    offsetMin = (zone === DASH ? -1 : 1) * (oh * 60 + om);
  } else return Date.parse(text);
  const year = two(text, 0) * 100 + two(text, 2);
  const month = two(text, 5);
  const day = two(text, 8);
  const hour = two(text, 11);
  const minute = two(text, 14);
  const second = two(text, 17);
  // NaN fails every comparison, so a non-digit anywhere falls back too.
  if (!(year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 59)) return Date.parse(text);
  const days = daysFromCivil(year, month, day);
  return (days * 86_400 + hour * 3600 + minute * 60 + second) * 1000 + ms - offsetMin * 60_000;
}

const DAY_MS = 86_400_000;
/** Epoch milliseconds of 0000-01-01T00:00:00Z and 10000-01-01T00:00:00Z: outside, toISOString writes a six-digit signed year. */
const YEAR_0_MS = -62_167_219_200_000;
const YEAR_10000_MS = 253_402_300_800_000;

/** Year, month and day of a count of days since 1970-01-01 (H. Hinnant's civil_from_days, the inverse of daysFromCivil). */
function civilFromDays(days: number): [year: number, month: number, day: number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, doy - Math.floor((153 * mp + 2) / 5) + 1];
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** An instant as the ISO string the app shows and stores (UTC, `Z`), exactly as `toISOString` writes it. */
export function isoOf(ms: number): string {
  // Every evaluation writes a few per pipeline (deadlines, reasons) and toISOString costs ~1 µs with
  // its Date, so years 0-9999 are written here; others (and NaN, which throws) are left to it.
  if (!Number.isInteger(ms) || ms < YEAR_0_MS || ms >= YEAR_10000_MS) return new Date(ms).toISOString();
  const days = Math.floor(ms / DAY_MS);
  const [year, month, day] = civilFromDays(days);
  const inDay = ms - days * DAY_MS;
  const millis = inDay % 1000;
  const seconds = (inDay - millis) / 1000;
  const y = `${year}`.padStart(4, "0");
  const fraction = millis < 10 ? `00${millis}` : millis < 100 ? `0${millis}` : `${millis}`;
  return `${y}-${pad2(month)}-${pad2(day)}T${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor(seconds / 60) % 60)}:${pad2(seconds % 60)}.${fraction}Z`;
}
