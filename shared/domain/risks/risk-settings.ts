/** The thresholds of the risk register and its live signals: the workspace's `risk_settings`, or the defaults the issue states. */
import { durationMs, percentFraction } from "../duration";
import type { RiskSettings } from "../workspace-schema";

/** The thresholds as numbers. */
export interface RiskThresholds {
  /** A risk not reviewed for more than this many days is flagged. */
  reviewIntervalDays: number;
  /** knowledge-silo: one engineer is the primary owner of more than this share (0..1) of the pipelines. */
  siloShare: number;
  /** runbook-stale: a runbook unchanged for more than this many days. */
  runbookMaxAgeDays: number;
}

/** The defaults: reviews every 90 days, no one owning more than 40% of the pipelines, runbooks updated monthly (the seed's "monthly runbook updates"). */
export const DEFAULT_RISK_THRESHOLDS: RiskThresholds = { reviewIntervalDays: 90, siloShare: 0.4, runbookMaxAgeDays: 31 };

const days = (text: string) => Math.round(durationMs(text) / 86_400_000);

/** The workspace's thresholds, each falling back to its default. */
export function riskThresholds(settings: RiskSettings | undefined): RiskThresholds {
  return {
    reviewIntervalDays: settings?.review_interval ? days(settings.review_interval) : DEFAULT_RISK_THRESHOLDS.reviewIntervalDays,
    siloShare: settings?.silo_share ? percentFraction(settings.silo_share) : DEFAULT_RISK_THRESHOLDS.siloShare,
    runbookMaxAgeDays: settings?.runbook_max_age ? days(settings.runbook_max_age) : DEFAULT_RISK_THRESHOLDS.runbookMaxAgeDays,
  };
}
