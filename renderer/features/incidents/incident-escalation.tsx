/**
 * Escalation on the incident: the pipeline's chain now, the next person highlighted once the
 * acknowledgement timeout has passed since the alert or the last escalation, one-click mailto:/tel:,
 * "Copy message" with main's prefilled text, and "Record escalation" so each one is on the timeline.
 */
import { useState } from "react";
import type { EscalationCandidate, IncidentEscalation as Panel } from "../../../shared/domain/incidents/incident-escalation";
import { errorText } from "../../api";
import { ActionError } from "../../components/action-error";
import { Badge } from "../../components/badge";
import { copyText } from "../../components/copy-text";
import { relativeTime } from "../../components/relative-time";
import { Section } from "../../components/section";
import { ZonedTime } from "../../components/zoned-time";
import { useNow } from "../../hooks/use-now";
import { useEscalate, useIncidentEscalation } from "../../queries/incidents";

/** True once the next person is due: main said so when it answered, or the clock has since passed the instant. */
export function isDue(next: Panel["next"], now: number): boolean {
  return next !== null && (next.due || now >= Date.parse(next.dueAt));
}

function Contact({ c, panel, due, zone, readOnly }: { c: EscalationCandidate; panel: Panel; due: boolean; zone: string; readOnly: boolean }) {
  const escalate = useEscalate(panel.incidentId);
  const highlighted = c.next && due;
  return (
    <li className={`escalation__contact${c.available ? "" : " escalation--skipped"}${highlighted ? " escalation--due" : ""}`} data-contact={c.id} data-next={c.next || undefined} data-due={highlighted || undefined}>
      <span className="escalation__page">{c.page ?? "–"}</span>
      <span className="escalation__who">
        <span>
          <strong>{c.name}</strong> <span className="muted">{c.step}</span> {c.next && <Badge kind={highlighted ? "due" : "next"}>{highlighted ? "ask now" : "next"}</Badge>}
        </span>
        <span className="cell__detail">
          {c.available ? (c.escalatedAt ? <>asked <ZonedTime iso={c.escalatedAt} zone={zone} utc /></> : "not asked yet") : `skipped: ${c.unavailable}`}
        </span>
        <span className="row">
          {c.links.mailto && (
            <a className="button button--quiet" href={c.links.mailto}>
              Email<span className="sr-only"> {c.name}</span>
            </a>
          )}
          {c.links.tel && (
            <a className="button button--quiet" href={c.links.tel}>
              Call<span className="sr-only"> {c.name}</span> {c.contact.phone}
            </a>
          )}
          {!readOnly && (
            <button type="button" className={`button${highlighted ? " button--primary" : ""}`} disabled={escalate.isPending} onClick={() => escalate.mutate(c.id)}>
              Record escalation<span className="sr-only"> to {c.name}</span>
            </button>
          )}
        </span>
        <ActionError error={escalate.error} what={`record the escalation to ${c.name}`} />
      </span>
    </li>
  );
}

function CopyMessage({ panel }: { panel: Panel }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  const text = `${panel.subject}\n\n${panel.message}`;
  return (
    <div className="escalation__message">
      <div className="row">
        <button type="button" className="button" onClick={() => void copyText(text).then(setCopied)}>
          Copy message
        </button>
        {copied !== null && (
          <span role="status" className={copied ? "cell__detail" : "status status--error"}>
            {copied ? "Copied." : "Could not copy: select the message below and copy it."}
          </span>
        )}
      </div>
      <label className="text-form__label">
        The message
        <textarea className="input mono" readOnly rows={8} value={text} />
      </label>
    </div>
  );
}

/** The escalation section of incident `incidentId`; read-only once resolved (the chain still shows who was asked). */
export function IncidentEscalation({ incidentId, zone, readOnly }: { incidentId: string; zone: string; readOnly: boolean }) {
  const panel = useIncidentEscalation(incidentId, true);
  const now = useNow();
  const data = panel.data;
  const due = data ? isDue(data.next, now) : false;
  return (
    <Section title="Escalation">
      {panel.isPending && <p className="status">Reading the escalation chain…</p>}
      {panel.isError && <p className="status status--error">Could not read the escalation chain: {errorText(panel.error)}</p>}
      {data && (
        <>
          <p className="cell__detail" data-escalation-next={data.next?.id ?? "none"}>
            {data.next === null
              ? "Everyone available in the chain has been asked."
              : due
                ? `${data.next.name} is due now: nobody acknowledged within the timeout since the ${data.since.what}.`
                : `${data.next.name} is next, due ${relativeTime(data.next.dueAt, now)} (the acknowledgement timeout since the ${data.since.what}).`}
          </p>
          <ol className="escalation" aria-label="Escalation chain">
            {data.contacts.map((c) => (
              <Contact key={`${c.step}-${c.id}`} c={c} panel={data} due={due} zone={zone} readOnly={readOnly} />
            ))}
          </ol>
          <CopyMessage panel={data} />
        </>
      )}
    </Section>
  );
}
