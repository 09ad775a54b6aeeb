/** The team: each engineer with level and contacts, then the manager at the end of escalation. */
import type { Workspace } from "../../../shared/domain/workspace";
import { Badge } from "../../components/badge";
import { Section } from "../../components/section";
import { useOverviewStore } from "../../stores/overview-store";

type Contact = Workspace["manager"]["contact"];

function ContactLines({ contact }: { contact: Contact }) {
  const lines = [contact.email, contact.slack, contact.phone, contact.pagerduty].filter((value): value is string => Boolean(value));
  return (
    <ul className="contacts">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

/** The team section; clicking an engineer highlights the pipelines they own. */
export function TeamSection({ workspace }: { workspace: Workspace }) {
  const highlighted = useOverviewStore((state) => state.highlighted);
  const toggleHighlight = useOverviewStore((state) => state.toggleHighlight);
  return (
    <Section title="Team" count={workspace.team.length}>
      <ul className="cards">
        {workspace.team.map((engineer) => (
          <li key={engineer.id}>
            <button
              type="button"
              className={`card card--engineer${highlighted === engineer.id ? " card--selected" : ""}`}
              aria-pressed={highlighted === engineer.id}
              onClick={() => toggleHighlight(engineer.id)}
            >
              <span className="card__title">
                <span className="card__name">{engineer.name}</span>
                <Badge kind={engineer.level}>{engineer.level}</Badge>
              </span>
              {engineer.title && <span className="card__subtitle">{engineer.title}</span>}
              <ContactLines contact={engineer.contact} />
            </button>
          </li>
        ))}
        <li>
          <div className="card card--manager">
            <span className="card__title">
              <span className="card__name">{workspace.manager.name}</span>
              <Badge kind="neutral">manager</Badge>
            </span>
            <span className="card__subtitle">Last step of escalation</span>
            <ContactLines contact={workspace.manager.contact} />
          </div>
        </li>
      </ul>
    </Section>
  );
}
