/**
 * Resolving an incident: a summary, a cause category, the risks of the workspace's register it
 * relates to (this pipeline's first) and follow-ups with an owner. Unfinished steps are allowed and
 * listed, so the person resolving sees what stays "not done" in the postmortem.
 */
import { useState, type FormEvent } from "react";
import type { IncidentStep } from "../../../shared/domain/incidents/fold-incident";
import { CAUSE_CATEGORIES, CAUSE_LABELS, type CauseCategory } from "../../../shared/domain/incidents/cause-category";
import type { FollowUp } from "../../../shared/domain/incidents/incident-events";
import type { Workspace } from "../../../shared/domain/workspace";
import { ActionError } from "../../components/action-error";
import { Section } from "../../components/section";
import { useResolveIncident } from "../../queries/incidents";

/** The risks to offer: those naming the pipeline first, then the rest, each in register order. */
export function risksFor(workspace: Pick<Workspace, "risks">, pipelineId: string): Workspace["risks"] {
  const mine = workspace.risks.filter((r) => r.pipelines.includes(pipelineId));
  return [...mine, ...workspace.risks.filter((r) => !mine.includes(r))];
}

function FollowUps({ rows, setRows, people }: { rows: FollowUp[]; setRows: (rows: FollowUp[]) => void; people: { id: string; name: string }[] }) {
  const edit = (i: number, patch: Partial<FollowUp>) => setRows(rows.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  return (
    <fieldset className="resolve__fieldset">
      <legend>Follow-ups</legend>
      {rows.map((row, i) => (
        <div key={i} className="row" data-follow-up={i + 1}>
          <label className="text-form__label">
            Follow-up {i + 1}
            <input className="input" value={row.text} onChange={(e) => edit(i, { text: e.target.value })} />
          </label>
          <label className="text-form__label">
            Owner of follow-up {i + 1}
            <select className="input input--narrow" value={row.owner} onChange={(e) => edit(i, { owner: e.target.value })}>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button button--quiet" onClick={() => setRows(rows.filter((_, j) => j !== i))}>
            Remove<span className="sr-only"> follow-up {i + 1}</span>
          </button>
        </div>
      ))}
      <button type="button" className="button" onClick={() => setRows([...rows, { text: "", owner: people[0]?.id ?? "" }])}>
        Add a follow-up
      </button>
    </fieldset>
  );
}

/** The resolve section of an unresolved incident. */
export function ResolveForm({ incidentId, pipelineId, steps, workspace, me }: { incidentId: string; pipelineId: string; steps: readonly IncidentStep[]; workspace: Workspace; me: string | null }) {
  const resolve = useResolveIncident(incidentId);
  const [summary, setSummary] = useState("");
  const [cause, setCause] = useState<CauseCategory | "">("");
  const [risks, setRisks] = useState<string[]>([]);
  const [followUps, setFollowUps] = useState<FollowUp[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const people = [...workspace.team.map((e) => ({ id: e.id, name: e.name })), { id: workspace.manager.id, name: workspace.manager.name }];
  const owners = me ? [...people.filter((p) => p.id === me), ...people.filter((p) => p.id !== me)] : people;
  const unfinished = steps.filter((s) => s.status !== "done");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const filled = followUps.map((f) => ({ text: f.text.trim(), owner: f.owner })).filter((f) => f.text !== "");
    if (summary.trim() === "") return setProblem("Write a summary of what happened.");
    if (cause === "") return setProblem("Choose a cause category.");
    setProblem(null);
    resolve.mutate({ summary: summary.trim(), cause, risks, followUps: filled });
  };
  return (
    <Section title="Resolve">
      <form className="resolve" onSubmit={submit} aria-label="Resolve the incident">
        <label className="text-form__label">
          Summary
          <textarea className="input" rows={3} value={summary} onChange={(e) => setSummary(e.target.value)} />
        </label>
        <label className="text-form__label">
          Cause category
          <select className="input input--narrow" value={cause} onChange={(e) => setCause(e.target.value as CauseCategory | "")}>
            <option value="">Choose…</option>
            {CAUSE_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CAUSE_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="resolve__fieldset">
          <legend>Related risks</legend>
          {workspace.risks.length === 0 && <p className="status">The workspace's risks.yaml lists no risks.</p>}
          <ul className="resolve__risks">
            {risksFor(workspace, pipelineId).map((risk) => (
              <li key={risk.id}>
                <label className="choice">
                  <input type="checkbox" checked={risks.includes(risk.id)} onChange={(e) => setRisks(e.target.checked ? [...risks, risk.id] : risks.filter((r) => r !== risk.id))} />
                  <span>
                    <span className="mono">{risk.id}</span> {risk.title}
                    {risk.pipelines.includes(pipelineId) && <span className="muted"> (this pipeline)</span>}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <FollowUps rows={followUps} setRows={setFollowUps} people={owners} />
        {unfinished.length > 0 && (
          <div className="banner banner--warn" data-unfinished={unfinished.length}>
            {unfinished.length} step{unfinished.length === 1 ? " is" : "s are"} not done and will be listed as not done:
            <ul>
              {unfinished.map((s) => (
                <li key={s.n}>
                  {s.n}. {s.text} ({s.status === "skipped" ? `skipped: ${s.reason ?? ""}` : "to do"})
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="row">
          <button type="submit" className="button button--primary" disabled={resolve.isPending}>
            Resolve incident
          </button>
          {problem && (
            <span className="status status--error" role="alert">
              {problem}
            </span>
          )}
        </div>
        <ActionError error={resolve.error} what="resolve the incident" />
      </form>
    </Section>
  );
}
