/** The risk register as the workspace holds it, highest score (likelihood × impact) first (the risks work replaces this view). */
import { Link } from "wouter";
import { routes } from "../../../shared/ipc/routes";
import type { ViewProps } from "../../app/route-table";
import { Badge } from "../../components/badge";
import { ViewHeader } from "../../components/view-header";
import { useWorkspaceModel } from "../../queries/workspace";

/** The Risks view. */
export function RisksView(_: ViewProps) {
  const { workspace, isPending } = useWorkspaceModel();
  if (!workspace) return <p className="status">{isPending ? "Loading the workspace…" : "No valid workspace is loaded."}</p>;
  const score = (r: (typeof workspace.risks)[number]) => r.score.likelihood * r.score.impact;
  const risks = [...workspace.risks].sort((a, b) => score(b) - score(a));
  const name = (id: string) => workspace.team.find((e) => e.id === id)?.name ?? (workspace.manager.id === id ? workspace.manager.name : id);
  const pipelineName = (id: string) => workspace.pipelines.find((p) => p.id === id)?.name ?? id;
  return (
    <div className="view">
      <ViewHeader title="Risks" meta={`${risks.length} in risks.yaml`} />
      {risks.length === 0 && <p className="status">The workspace has no risk register (risks.yaml).</p>}
      <ul className="risks" data-list aria-label="Risks">
        {risks.map((risk) => (
          <li key={risk.id} className="risk" tabIndex={-1} data-list-item data-risk={risk.id} aria-labelledby={`risk-${risk.id}`}>
            <h2 className="risk__title" id={`risk-${risk.id}`}>
              {risk.title}
            </h2>
            <div className="risk__meta">
              <Badge kind="neutral">{risk.category}</Badge>
              <span data-score={score(risk)}>
                score {score(risk)} (likelihood {risk.score.likelihood} × impact {risk.score.impact})
              </span>
              <span>owner {name(risk.owner)}</span>
              <span>reviewed {risk.last_reviewed}</span>
            </div>
            <p>{risk.description}</p>
            <p className="cell__detail">When it strikes: {risk.impact}</p>
            {risk.pipelines.length > 0 && (
              <p className="cell__detail">
                Pipelines:{" "}
                {risk.pipelines.map((id, i) => (
                  <span key={id}>
                    {i > 0 && ", "}
                    <Link href={routes.pipeline(id)}>{pipelineName(id)}</Link>
                  </span>
                ))}
              </p>
            )}
            <div className="risk__mitigations">
              {(["preventive", "response"] as const).map((kind) => (
                <div key={kind}>
                  <h3>{kind === "preventive" ? "Preventive" : "Response"}</h3>
                  <ul>
                    {risk.mitigations[kind].map((m) => (
                      <li key={m}>{m}</li>
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
