/** The team: each engineer with level, contacts, the pipelines they own and whether they are on call now; the manager at the end of escalation. */
import { useEffect, useRef } from "react";
import { Link } from "wouter";
import type { Engineer } from "../../../shared/domain/workspace-schema";
import type { Workspace } from "../../../shared/domain/workspace";
import { routes } from "../../../shared/ipc/routes";
import type { ViewProps } from "../../app/route-table";
import { Badge } from "../../components/badge";
import { ContactLines } from "../../components/contact-lines";
import { ViewHeader } from "../../components/view-header";
import { useMyEngineer } from "../../queries/settings";
import { useOnCall } from "../../queries/status";
import { useWorkspaceModel } from "../../queries/workspace";
import { useUiStore } from "../../stores/ui-store";

function EngineerCard({ engineer, workspace, onCallSlot, me, focus }: { engineer: Engineer; workspace: Workspace; onCallSlot: string | undefined; me: boolean; focus: boolean }) {
  const card = useRef<HTMLLIElement>(null);
  const setTeamFocus = useUiStore((state) => state.setTeamFocus);
  useEffect(() => {
    // The palette asked for this engineer: bring the card into view with focus, once.
    if (!focus) return;
    card.current?.focus();
    setTeamFocus(undefined);
  }, [focus, setTeamFocus]);
  const owned = (rank: "primary" | "secondary") => workspace.pipelines.filter((p) => p.owners[rank] === engineer.id);
  return (
    <li className="card" ref={card} tabIndex={-1} data-list-item data-engineer={engineer.id} aria-labelledby={`engineer-${engineer.id}`}>
      <h2 className="card__title" id={`engineer-${engineer.id}`}>
        <span className="card__name">{engineer.name}</span>
        <Badge kind={engineer.level}>{engineer.level}</Badge>
        {me && <Badge kind="you">you</Badge>}
        {onCallSlot && <Badge kind="now">on call · {onCallSlot}</Badge>}
      </h2>
      {engineer.title && <span className="card__subtitle">{engineer.title}</span>}
      {engineer.specialization && <span className="card__subtitle">{engineer.specialization}</span>}
      <ContactLines contact={engineer.contact} />
      {(["primary", "secondary"] as const).map((rank) => {
        const list = owned(rank);
        return (
          list.length > 0 && (
            <div key={rank} className="card__owns" data-rank={rank}>
              <span className="muted">{rank === "primary" ? "P1 of" : "P2 of"}</span>{" "}
              {list.map((p, i) => (
                <span key={p.id}>
                  {i > 0 && ", "}
                  <Link href={routes.pipeline(p.id)}>{p.name}</Link>
                </span>
              ))}
            </div>
          )
        );
      })}
    </li>
  );
}

/** The Team view. */
export function TeamView(_: ViewProps) {
  const { workspace, isPending } = useWorkspaceModel();
  const shift = useOnCall().data?.shift;
  const me = useMyEngineer();
  const teamFocus = useUiStore((state) => state.teamFocus);
  if (!workspace) return <p className="status">{isPending ? "Loading the workspace…" : "No valid workspace is loaded."}</p>;
  return (
    <div className="view">
      <ViewHeader title="Team" meta={`${workspace.team.length} engineers and the manager`} />
      <ul className="cards" data-list aria-label="Engineers">
        {workspace.team.map((engineer) => (
          <EngineerCard key={engineer.id} engineer={engineer} workspace={workspace} onCallSlot={shift?.engineer === engineer.id ? shift.slot : undefined} me={me === engineer.id} focus={teamFocus === engineer.id} />
        ))}
        <li className="card card--manager" data-list-item tabIndex={-1} aria-labelledby="engineer-manager">
          <h2 className="card__title" id="engineer-manager">
            <span className="card__name">{workspace.manager.name}</span>
            <Badge kind="neutral">manager</Badge>
          </h2>
          <span className="card__subtitle">Last step of escalation</span>
          <ContactLines contact={workspace.manager.contact} />
        </li>
      </ul>
    </div>
  );
}
