/** A risk of the register as every surface shows it: the risk as written, with its score, level and review state at an instant. */
import type { Risk } from "../workspace-schema";
import { reviewState } from "./review-due";
import { riskLevel, riskScore, type RiskLevel } from "./risk-score";

/** technical, business or operational. */
export type RiskCategory = Risk["category"];

/** One risk as shown. */
export interface RiskEntry {
  id: string;
  title: string;
  category: RiskCategory;
  description: string;
  examples: string[];
  /** What happens when it strikes (the register's `impact` text; `impact` here is the 1–5 score). */
  consequence: string;
  likelihood: number;
  impact: number;
  /** likelihood × impact. */
  score: number;
  level: RiskLevel;
  /** Engineer id. */
  owner: string;
  /** Pipeline ids. */
  pipelines: string[];
  mitigations: { preventive: string[]; response: string[] };
  /** YYYY-MM-DD. */
  lastReviewed: string;
  /** The last local date on which the review is current (last reviewed + the review interval). */
  reviewDue: string;
  /** True once the last review is older than the review interval. */
  reviewOverdue: boolean;
}

/** The register's risks at `nowMs` in `zone`, in the register's order. */
export function riskEntries(risks: readonly Risk[], reviewIntervalDays: number, nowMs: number, zone: string): RiskEntry[] {
  return risks.map((r) => {
    const score = riskScore(r.score);
    return {
      id: r.id,
      title: r.title,
      category: r.category,
      description: r.description,
      examples: r.examples,
      consequence: r.impact,
      likelihood: r.score.likelihood,
      impact: r.score.impact,
      score,
      level: riskLevel(score),
      owner: r.owner,
      pipelines: r.pipelines,
      mitigations: r.mitigations,
      lastReviewed: r.last_reviewed,
      ...reviewState(r.last_reviewed, reviewIntervalDays, nowMs, zone),
    };
  });
}
