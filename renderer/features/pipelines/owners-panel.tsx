/** A pipeline's owners, P1 and P2, each with how to reach them. */
import type { Pipeline } from "../../../shared/domain/workspace-schema";
import type { Workspace } from "../../../shared/domain/workspace";
import { ContactLines } from "../../components/contact-lines";
import { Section } from "../../components/section";

/** The Owners section of `pipeline`. */
export function OwnersPanel({ pipeline, workspace }: { pipeline: Pipeline; workspace: Workspace }) {
  const owners = [
    ["P1", pipeline.owners.primary],
    ["P2", pipeline.owners.secondary],
  ] as const;
  return (
    <Section title="Owners">
      <ul className="owner-list">
        {owners.map(([rank, id]) => {
          const engineer = workspace.team.find((e) => e.id === id);
          return (
            <li key={rank} className="owner" data-owner={rank}>
              <span className="owner__rank">{rank}</span>
              <div>
                <div className="cell__title">{engineer?.name ?? id}</div>
                {engineer && <ContactLines contact={engineer.contact} />}
              </div>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
