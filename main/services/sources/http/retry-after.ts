/** Reads an HTTP Retry-After header (RFC 9110 §10.2.3): delay-seconds or an HTTP date. */

/** Every HTTP-date form (IMF-fixdate, RFC 850, asctime) starts with a day name; V8's Date.parse alone would read "-5" or "1.5" as dates in 2001. */
const HTTP_DATE_START = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)/;

/** Milliseconds to wait, or undefined when the header is absent or unreadable; a past date gives 0. */
export function parseRetryAfter(header: string | null, now: Date): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!HTTP_DATE_START.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now.getTime());
}
