/** The one error type the source code throws internally; `read()` turns it into an error reading. */
import { formatDuration } from "../../../../shared/domain/duration";
import type { SourceError } from "../../../../shared/domain/runs";

/** A classified failure of one source, carrying the SourceError it will be reported as. */
export class SourceFailure extends Error {
  /** What the reading will say. */
  readonly error: SourceError;

  constructor(error: SourceError) {
    super(error.message);
    this.name = "SourceFailure";
    this.error = error;
  }
}

/** Shorthand for a failure of `kind` with `message` (and optional status / retry delay). */
export function sourceFailure(
  sourceId: string,
  kind: SourceError["kind"],
  message: string,
  extra: Pick<SourceError, "status" | "retryAfterMs"> = {},
): SourceFailure {
  return new SourceFailure({ sourceId, kind, message, ...extra });
}

/**
 * Any thrown value as a SourceError. Classified failures pass through; anything else is a bug or
 * data we did not expect, reported as a parse problem so the reading says something rather than crash.
 */
export function toSourceError(sourceId: string, thrown: unknown): SourceError {
  if (thrown instanceof SourceFailure) return thrown.error;
  const reason = thrown instanceof Error ? thrown.message : String(thrown);
  return { sourceId, kind: "parse", message: `source ${sourceId} could not be read: ${reason}` };
}

/** The failure of a source that did not answer within `timeoutMs` (one request, or a whole read). */
export function timedOut(sourceId: string, timeoutMs: number, where = ""): SourceFailure {
  const limit = timeoutMs < 1000 ? `${timeoutMs} ms` : formatDuration(timeoutMs);
  return sourceFailure(sourceId, "timeout", `source ${sourceId} did not answer within ${limit}${where}`);
}
