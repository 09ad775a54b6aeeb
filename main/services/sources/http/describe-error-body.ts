/**
 * Pulls the human reason out of an error body: RFC 7807 problems (Airflow v1), `{detail}` and 422
 * lists (Airflow v2), the `{error, message}` many home-grown endpoints use, or plain text.
 */

const MAX_TEXT = 200;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function validationItem(item: unknown): string {
  if (!isRecord(item)) return String(item);
  const loc = Array.isArray(item.loc) ? item.loc.join(".") : undefined;
  const msg = typeof item.msg === "string" ? item.msg : JSON.stringify(item);
  return loc ? `${loc}: ${msg}` : msg;
}

function fromJson(body: unknown): string | undefined {
  if (!isRecord(body)) return undefined;
  const { title = body.error, detail = body.message } = body;
  if (Array.isArray(detail)) return detail.map(validationItem).join("; ");
  const parts = [title, detail].filter((part): part is string => typeof part === "string" && part.trim() !== "");
  return parts.length > 0 ? parts.join(": ") : undefined;
}

/**
 * The reason an error response gives, or undefined when it gives none. `{title, detail: null}`
 * (Airflow v1's 401) yields the title; plain text is shortened so a stack trace cannot flood the tray.
 */
export function describeErrorBody(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  try {
    return fromJson(JSON.parse(trimmed));
  } catch {
    const oneLine = trimmed.replace(/\s+/g, " ");
    return oneLine.length > MAX_TEXT ? `${oneLine.slice(0, MAX_TEXT)}…` : oneLine;
  }
}
