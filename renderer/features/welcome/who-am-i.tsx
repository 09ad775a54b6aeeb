/** The first-run question "who are you?": the engineer this machine belongs to, or someone only watching. */
import { useState } from "react";
import type { Identity } from "../../../shared/domain/settings";
import { errorText } from "../../api";
import { useWorkspace } from "../../queries/workspace";
import { useSaveIdentity } from "./welcome-queries";
import "./welcome.css";

/** Asks who uses this machine and whether the app starts at login; `onDone` when answered or skipped. */
export function WhoAmI({ onDone }: { onDone: () => void }) {
  const workspace = useWorkspace();
  const save = useSaveIdentity();
  const [startAtLogin, setStartAtLogin] = useState(true);
  const answer = (identity: Identity | null) => save.mutate({ identity, startAtLogin: startAtLogin ? null : false }, { onSuccess: onDone });
  const team = workspace.data?.ok ? workspace.data.workspace.team : [];
  return (
    <main className="welcome">
      <section className="welcome__card" aria-label="Who are you?">
        <h1>Who are you?</h1>
        <p className="muted">
          On-Call Desk tells you when your shift is about to start, at your hand-over, and when an alert on a pipeline you own stays
          unacknowledged. It needs to know which engineer you are.
        </p>
        {workspace.data && !workspace.data.ok && <p className="status status--warning">The workspace has problems: you can say who you are later, in Settings.</p>}
        <div className="welcome__choices">
          {team.map((engineer) => (
            <button key={engineer.id} type="button" className="welcome__choice" disabled={save.isPending} onClick={() => answer({ kind: "engineer", engineer: engineer.id })}>
              <span className="welcome__choice-title">{engineer.name}</span>
              {engineer.title && <span className="muted">{engineer.title}</span>}
            </button>
          ))}
          <button type="button" className="welcome__choice" disabled={save.isPending} onClick={() => answer({ kind: "watcher" })}>
            <span className="welcome__choice-title">Nobody: I'm watching</span>
            <span className="muted">No shift reminders; alerts are still notified.</span>
          </button>
        </div>
        <label className="welcome__option">
          <input type="checkbox" checked={startAtLogin} onChange={(event) => setStartAtLogin(event.target.checked)} />
          Start On-Call Desk when I log in (it opens in the tray)
        </label>
        {save.isError && (
          <p role="alert" className="status status--error">
            {errorText(save.error)}
          </p>
        )}
        <button type="button" className="button" disabled={save.isPending} onClick={() => answer(null)}>
          Skip for now
        </button>
      </section>
    </main>
  );
}
