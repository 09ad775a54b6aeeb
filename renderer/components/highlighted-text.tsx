/** Text with ranges marked (search matches), as <mark> elements. */
import type { ReactNode } from "react";

/** `text` with each [start, end) range of `marks` (sorted, not overlapping) in a <mark>. */
export function HighlightedText({ text, marks }: { text: string; marks: readonly (readonly [number, number])[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of marks) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
