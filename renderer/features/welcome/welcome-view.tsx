/** The first-run welcome: open the team's workspace folder, create one from the template, or explore the demo. */
import type { WorkspaceChoiceAction } from "../../../shared/ipc/contract";
import { errorText } from "../../api";
import { useChooseWorkspace } from "./welcome-queries";
import "./welcome.css";

const CHOICES: { action: WorkspaceChoiceAction; title: string; detail: string }[] = [
  { action: "open-folder", title: "Open your team's workspace folder…", detail: "The folder that holds workspace.yaml, for example in your clone of the team's repository." },
  { action: "create-from-template", title: "Create one from the template…", detail: "Copies the default workspace into an empty folder you pick: edit it, then commit it to your team's git." },
  { action: "demo", title: "Explore with demo data", detail: "A sample team and five pipelines with simulated runs, labelled as demo data everywhere." },
];

/** The welcome view; the gate moves on once main says a workspace is open. */
export function WelcomeView() {
  const choose = useChooseWorkspace();
  return (
    <main className="welcome">
      <section className="welcome__card" aria-label="Welcome">
        <h1>Welcome to On-Call Desk</h1>
        <p className="muted">
          On-Call Desk watches your team's workspace: a folder of plain files the team keeps in git, with the people, pipelines, rotation,
          runbooks and risks. Which one should it open?
        </p>
        <div className="welcome__choices">
          {CHOICES.map(({ action, title, detail }) => (
            <button
              key={action}
              type="button"
              className="welcome__choice"
              disabled={choose.isPending}
              onClick={() => choose.mutate(action)}
            >
              <span className="welcome__choice-title">{title}</span>
              <span className="muted">{detail}</span>
            </button>
          ))}
        </div>
        {choose.isError && (
          <p role="alert" className="status status--error">
            {errorText(choose.error)}
          </p>
        )}
        <p className="muted welcome__note">You can open another workspace later from the tray menu (Open workspace…). OCD_WORKSPACE, when set, opens a folder without asking.</p>
      </section>
    </main>
  );
}
