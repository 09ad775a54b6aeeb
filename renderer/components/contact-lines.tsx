/** How to reach a person: phone, Slack, email, PagerDuty, one per line. */
import type { Contact } from "../../shared/domain/workspace-schema";

/** The contact lines; nothing for a contact without any. */
export function ContactLines({ contact }: { contact: Contact }) {
  const lines = [contact.phone, contact.slack, contact.email, contact.pagerduty].filter((value): value is string => Boolean(value));
  if (lines.length === 0) return null;
  return (
    <ul className="contacts">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
