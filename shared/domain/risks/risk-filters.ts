/** Filtering and sorting the register, as the Risks view and the CLI do it: pure, on RiskEntry lists. */
import type { RiskCategory, RiskEntry } from "./risk-entry";

/** What to keep; every given field must match. */
export interface RiskFilter {
  category?: RiskCategory;
  /** Risks linked to this pipeline. */
  pipeline?: string;
  /** Risks owned by this engineer. */
  owner?: string;
  /** Risks in this heat-map cell. */
  cell?: { likelihood: number; impact: number };
}

/** The columns the register sorts by. */
export type RiskSortKey = "score" | "likelihood" | "impact" | "lastReviewed";

/** Sort direction. */
export type SortDirection = "asc" | "desc";

/** The direction each key sorts in by default: the worst first, and the longest unreviewed first. */
export const DEFAULT_SORT_DIRECTION: Record<RiskSortKey, SortDirection> = { score: "desc", likelihood: "desc", impact: "desc", lastReviewed: "asc" };

/** The entries matching every field of `filter`, in their order. */
export function filterRisks<T extends RiskEntry>(entries: readonly T[], filter: RiskFilter): T[] {
  return entries.filter(
    (r) =>
      (filter.category === undefined || r.category === filter.category) &&
      (filter.pipeline === undefined || r.pipelines.includes(filter.pipeline)) &&
      (filter.owner === undefined || r.owner === filter.owner) &&
      (filter.cell === undefined || (r.likelihood === filter.cell.likelihood && r.impact === filter.cell.impact)),
  );
}

function compareBy(key: RiskSortKey, a: RiskEntry, b: RiskEntry): number {
  if (key === "lastReviewed") return a.lastReviewed < b.lastReviewed ? -1 : a.lastReviewed > b.lastReviewed ? 1 : 0;
  return a[key] - b[key];
}

/** A sorted copy; ties fall back to the score (highest first), then the register's order. */
export function sortRisks<T extends RiskEntry>(entries: readonly T[], key: RiskSortKey, direction: SortDirection = DEFAULT_SORT_DIRECTION[key]): T[] {
  const sign = direction === "asc" ? 1 : -1;
  // Array.prototype.sort is stable, so equal entries keep the register's order.
  return [...entries].sort((a, b) => sign * compareBy(key, a, b) || b.score - a.score);
}
