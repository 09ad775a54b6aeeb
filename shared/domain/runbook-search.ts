/**
 * Search across every runbook: its title, its sections (heading and each line of the body) and its
 * checklist steps. Every word of the query must occur somewhere in a runbook for it to match; each
 * place a word occurs is listed with the ranges to highlight, so the view can say where it matched.
 */
import { isSection } from "./runbook";
import type { Runbook } from "./workspace";

/** Where in a runbook a query matched. */
export type RunbookPlace = { kind: "title" } | { kind: "section"; heading: string } | { kind: "step"; index: number };

/** One matching line: the place, its text as shown (Markdown marks removed) and the [start, end) ranges of the words found. */
export interface RunbookHit {
  place: RunbookPlace;
  text: string;
  marks: [number, number][];
}

/** A runbook that matched, with every line that did. */
export interface RunbookResult {
  pipelineId: string;
  title: string;
  hits: RunbookHit[];
}

/** The words of a query, lower-cased; quotes and extra spaces are ignored. */
export function queryWords(query: string): string[] {
  return [...new Set(query.toLowerCase().replace(/["“”]/g, " ").split(/\s+/).filter(Boolean))];
}

/** The ranges where any of `words` occurs in `text`, sorted and merged where they overlap. */
export function markWords(text: string, words: readonly string[]): [number, number][] {
  const lower = text.toLowerCase();
  const found: [number, number][] = [];
  for (const word of words) {
    for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + word.length)) found.push([at, at + word.length]);
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of found) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** A Markdown line as plain text: list markers, heading marks, emphasis and code ticks removed; links reduced to their text. */
function plainLine(line: string): string {
  return line
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, "")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`]+/g, "")
    .trim();
}

/** Every searchable line of a runbook with its place; the checklist's lines count as steps, not as section text. */
function lines(runbook: Runbook): { place: RunbookPlace; text: string }[] {
  const out: { place: RunbookPlace; text: string }[] = [{ place: { kind: "title" }, text: runbook.title }];
  for (const section of runbook.sections) {
    const place: RunbookPlace = { kind: "section", heading: section.heading };
    const checklist = isSection(section.heading, "Troubleshooting");
    out.push({ place, text: section.heading });
    for (const line of section.body.split(/\r?\n/)) {
      if (checklist && /^\s{0,3}\d+[.)]\s+/.test(line)) continue;
      const text = plainLine(line);
      if (text) out.push({ place, text });
    }
  }
  for (const step of runbook.steps) out.push({ place: { kind: "step", index: step.index }, text: plainLine(step.text) });
  return out;
}

/**
 * The runbooks matching `query`, those matching in their title first, then by how many lines
 * matched, else in the order given; an empty query matches none.
 */
export function searchRunbooks(runbooks: readonly Runbook[], query: string): RunbookResult[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const results = runbooks.flatMap((runbook, order) => {
    const all = lines(runbook);
    const lower = all.map((line) => line.text.toLowerCase());
    if (!words.every((word) => lower.some((text) => text.includes(word)))) return [];
    // Lines with more of the query's words first ("data quality checks" before "data volume"), else in reading order.
    const found = (text: string) => words.filter((word) => text.toLowerCase().includes(word)).length;
    const hits = all
      .flatMap(({ place, text }) => {
        const marks = markWords(text, words);
        return marks.length > 0 ? [{ place, text, marks }] : [];
      })
      .map((hit, order) => ({ hit, order, found: found(hit.text) }))
      .sort((a, b) => b.found - a.found || a.order - b.order)
      .map(({ hit }) => hit);
    return [{ result: { pipelineId: runbook.pipelineId, title: runbook.title, hits }, order }];
  });
  const inTitle = (r: RunbookResult) => (r.hits.some((hit) => hit.place.kind === "title") ? 0 : 1);
  results.sort((a, b) => inTitle(a.result) - inTitle(b.result) || b.result.hits.length - a.result.hits.length || a.order - b.order);
  return results.map(({ result }) => result);
}
