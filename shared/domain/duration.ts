/** Durations and percentages as the workspace writes them: "90s", "15m", "2h", "2w", "1h30m", "99.9%". */

const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

const DURATION_RE = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d|w))+$/;
const PART_RE = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g;

/** True when `text` is a duration such as "15m", "2h" or "1h30m". */
export function isDuration(text: string): boolean {
  return DURATION_RE.test(text.trim()) && durationMsUnchecked(text) > 0;
}

function durationMsUnchecked(text: string): number {
  let total = 0;
  for (const [, amount, unit] of text.trim().matchAll(PART_RE)) total += Number(amount) * UNIT_MS[unit!]!;
  return total;
}

/** Milliseconds in a duration; throws on text that `isDuration` rejects (the schema checks first). */
export function durationMs(text: string): number {
  if (!isDuration(text)) throw new Error(`invalid duration "${text}" (expected e.g. 90s, 15m, 2h, 1h30m, 2w)`);
  return durationMsUnchecked(text);
}

/** Formats milliseconds as the shortest readable duration: 7200000 → "2h", 5400000 → "1h 30m". */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? "-" : "";
  let rest = Math.round(Math.abs(ms) / 1000);
  if (rest === 0) return "0s";
  const parts: string[] = [];
  for (const [unit, secs] of [["d", 86_400], ["h", 3_600], ["m", 60], ["s", 1]] as const) {
    const n = Math.floor(rest / secs);
    if (n > 0) parts.push(`${n}${unit}`);
    rest -= n * secs;
  }
  return sign + parts.slice(0, 2).join(" ");
}

const PERCENT_RE = /^(\d+(?:\.\d+)?)%$/;

/** True when `text` is a percentage from 0% to 100%. */
export function isPercent(text: string): boolean {
  const m = PERCENT_RE.exec(text.trim());
  return m !== null && Number(m[1]) <= 100;
}

/** A percentage string as a fraction: "99.9%" → 0.999. */
export function percentFraction(text: string): number {
  const m = PERCENT_RE.exec(text.trim());
  if (!m) throw new Error(`invalid percentage "${text}"`);
  return Number(m[1]) / 100;
}
