/** The password (or token) of one source: typed into a password field, sent to main once, never shown or read back. */
import { useState, type FormEvent } from "react";
import type { SourceView } from "../../../shared/domain/sources-view";
import { errorText } from "../../api";
import { useDeleteSourceSecret, useSetSourceSecret } from "../../queries/sources";

/** What the secret state says, in words. */
function secretText(source: SourceView): string {
  const name = source.auth?.passwordEnv;
  switch (source.secret) {
    case "stored":
      return `stored in the OS keychain (used instead of ${name})`;
    case "environment":
      return `from the environment variable ${name}`;
    case "missing":
      return `missing: ${source.secretProblem ?? "not set"}`;
    case "not-needed":
      return "not needed";
  }
}

/** The secret line and form of a source with auth; `storageRefusal` disables saving and says why. */
export function SecretForm({ source, storageRefusal }: { source: SourceView; storageRefusal: string | null }) {
  const [secret, setSecret] = useState("");
  const save = useSetSourceSecret();
  const forget = useDeleteSourceSecret();
  const label = source.auth?.kind === "token" ? "Token" : "Password";
  const busy = save.isPending || forget.isPending;
  const failure = save.error ?? forget.error;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Cleared once main has it: the field never keeps a saved secret around in the page.
    save.mutate({ sourceId: source.id, secret }, { onSuccess: () => setSecret("") });
  };
  return (
    <div className="source__secret">
      <div className={source.secret === "missing" ? "status--error" : undefined}>
        <span className="muted">Secret:</span> {secretText(source)}
      </div>
      <form className="secret-form" onSubmit={submit}>
        <label className="secret-form__label">
          <span>
            {label} for {source.id}
            {source.auth?.username && <span className="muted"> (user {source.auth.username})</span>}
          </span>
          <input
            type="password"
            className="input"
            autoComplete="off"
            spellCheck={false}
            maxLength={4096}
            value={secret}
            disabled={busy || storageRefusal !== null}
            onChange={(event) => setSecret(event.target.value)}
          />
        </label>
        <button type="submit" className="button" disabled={busy || secret === "" || storageRefusal !== null}>
          {save.isPending ? "Saving…" : "Save"}
        </button>
        {source.secret === "stored" && (
          <button type="button" className="button" disabled={busy} onClick={() => forget.mutate(source.id)}>
            Forget
          </button>
        )}
      </form>
      {storageRefusal && <p className="cell__detail">The app cannot store secrets here: {storageRefusal}.</p>}
      {failure && (
        <p className="status status--error" role="alert">
          {errorText(failure)}
        </p>
      )}
    </div>
  );
}
