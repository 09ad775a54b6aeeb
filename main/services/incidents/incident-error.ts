/** A refused incident operation: a code the CLI maps to its exit status, and one line for people. */
import type { RefusalCode } from "../../../shared/domain/incidents/check-change";

/** Why an incident operation was refused: a rule of the domain, or something the request named that does not exist. */
export type IncidentErrorCode = RefusalCode | "unknown-incident" | "unknown-pipeline" | "unknown-alert" | "unavailable";

/** The codes that mean "you named something that does not exist" (the CLI's exit 2). */
export const UNKNOWN_CODES: ReadonlySet<IncidentErrorCode> = new Set(["unknown-incident", "unknown-pipeline", "unknown-alert", "unknown-step", "unknown-engineer", "unknown-risk"]);

/** A refused operation. */
export class IncidentError extends Error {
  override name = "IncidentError";
  constructor(
    readonly code: IncidentErrorCode,
    message: string,
  ) {
    super(message);
  }
}
