/** When a risk is due for review: `last_reviewed` plus the review interval, in calendar days of the workspace's zone. */
import { DateTime } from "luxon";

/** A risk's review state at an instant. */
export interface ReviewState {
  /** The last local date on which the review is still current (YYYY-MM-DD). */
  reviewDue: string;
  /** True from the local midnight after `reviewDue`: the last review is older than the interval. */
  reviewOverdue: boolean;
}

/** The review state of a risk last reviewed on `lastReviewed` (YYYY-MM-DD), at `nowMs`, in `zone`. */
export function reviewState(lastReviewed: string, intervalDays: number, nowMs: number, zone: string): ReviewState {
  const reviewDue = DateTime.fromISO(lastReviewed, { zone }).plus({ days: intervalDays }).toISODate()!;
  // ISO dates compare as text.
  const today = DateTime.fromMillis(nowMs, { zone }).toISODate()!;
  return { reviewDue, reviewOverdue: today > reviewDue };
}
