/** The escalation chain of the selected pipeline: whom to page, in order, and who is skipped. */
import { formatDuration } from "../../../shared/domain/duration";
import { Section } from "../../components/section";
import { useEscalation } from "../../queries/status";

/** The panel for `pipelineId`, titled with its `name`. */
export function EscalationPanel({ pipelineId, name }: { pipelineId: string; name: string }) {
  const chain = useEscalation(pipelineId);
  return (
    <Section title={`Escalation — ${name}`}>
      {chain.isPending && <p className="status">Loading…</p>}
      {chain.isError && <p className="status status--error">{chain.error.message}</p>}
      {chain.data && (
        <ol className="escalation">
          {chain.data.contacts.map((c) => (
            <li key={c.id} className={c.available ? undefined : "escalation--skipped"}>
              <span className="escalation__page">{c.page ?? "–"}</span>
              <span className="escalation__who">
                <strong>{c.name}</strong> <span className="muted">{c.step}</span>
                <span className="cell__detail">
                  {c.available ? `page at +${formatDuration(c.pageAfterMs ?? 0)}` : `skipped: ${c.unavailable}`}
                  {" · "}
                  {[c.contact.phone, c.contact.slack, c.contact.email, c.contact.pagerduty].filter(Boolean).join(" · ")}
                </span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
