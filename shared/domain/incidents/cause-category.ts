/** The cause categories of the post-incident review, in a module without zod so the window's bundle can name them. */

/** Why an incident happened, as the post-incident review files it. */
export const CAUSE_CATEGORIES = ["data-source", "infrastructure", "data-quality", "business-logic", "team-process", "other"] as const;

/** A cause category. */
export type CauseCategory = (typeof CAUSE_CATEGORIES)[number];

/** How people read each cause category. */
export const CAUSE_LABELS: Record<CauseCategory, string> = {
  "data-source": "data source",
  infrastructure: "infrastructure",
  "data-quality": "data quality",
  "business-logic": "business logic",
  "team-process": "team/process",
  other: "other",
};
