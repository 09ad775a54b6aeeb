/** "did you mean …?" for misspelt keys and ids. */
import { closest, distance } from "fastest-levenshtein";

/** The closest candidate when it is near enough to be a likely typo, else undefined. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(word, candidates as string[]);
  const limit = Math.max(2, Math.floor(word.length / 3));
  return distance(word.toLowerCase(), best.toLowerCase()) <= limit ? best : undefined;
}

/** ` (did you mean "x"?)` or the empty string. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const hit = suggest(word, candidates);
  return hit ? ` (did you mean "${hit}"?)` : "";
}
