/** What went wrong with an action, in main's own words, announced to screen readers. */
import { errorText } from "../api";

/** "Could not <what>: <reason>", or nothing while there is no error. */
export function ActionError({ error, what }: { error: unknown; what: string }) {
  if (!error) return null;
  return (
    <p className="status status--error" role="alert">
      Could not {what}: {errorText(error)}
    </p>
  );
}
