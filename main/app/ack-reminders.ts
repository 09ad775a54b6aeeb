/**
 * Reminders about alerts that stay unacknowledged: when an open alert on a pipeline the user owns
 * (P1 or P2), or raised during their shift, is still open `escalation.ack_timeout` after it was
 * raised, a reminder names the next person in the escalation chain; one more per further timeout,
 * while the chain has people left. Acknowledged and snoozed alerts stay quiet; reminders persist.
 */
import { durationMs } from "../../shared/domain/duration";
import { escalationChain, type EscalationContact } from "../../shared/domain/rotation/escalation-chain";
import { whoIsOnCall } from "../../shared/domain/rotation/on-call";
import type { AlertView } from "../../shared/domain/status";
import { alertNotice } from "./alert-notifications";
import { alertRoute } from "./alert-route";
import type { Desk, DeskAttachment } from "./live-desk";
import { personalNotices, type PersonalNoticeOptions } from "./personal-notices";

/** True when `alert` is the user's business: a pipeline they own, or raised while they were on call. */
function concerns(desk: Desk, alert: AlertView, me: string): boolean {
  const pipeline = desk.workspace.pipelines.find((p) => p.id === alert.pipelineId);
  if (pipeline && (pipeline.owners.primary === me || pipeline.owners.secondary === me)) return true;
  return whoIsOnCall(desk.schedule, Date.parse(alert.openedAt), 0).shift?.engineer === me;
}

/** "45 min", "2 h", "1 h 30 min". */
function spoken(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return hours === 0 ? `${rest} min` : rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** "Sarah Johnson (secondary) · slack @sarah · phone +1 …", or the user themself. */
function nextText(contact: EscalationContact, me: string): string {
  if (contact.id === me) return `You are next in the escalation chain (${contact.step}).`;
  const reach = Object.entries(contact.contact).map(([how, value]) => `${how} ${value}`);
  return `Next in the escalation chain: ${[`${contact.name} (${contact.step})`, ...reach].join(" · ")}`;
}

/** A desk attachment that reminds the user of their unacknowledged alerts. */
export function ackReminders(options: PersonalNoticeOptions): DeskAttachment {
  const { notified } = options;
  const check = (desk: Desk, me: string, now: number): number | null => {
    const timeoutMs = durationMs(desk.workspace.escalation.ack_timeout);
    let next: number | null = null;
    const wakeAt = (at: number) => (next = next === null ? at : Math.min(next, at));
    for (const alert of desk.monitor.book.active(new Date(now))) {
      if (alert.state === "acknowledged" || !concerns(desk, alert, me)) continue;
      // A snooze silences reminders until it ends; then the alert is looked at again.
      if (alert.state === "snoozed") {
        if (alert.snoozedUntil) wakeAt(Date.parse(alert.snoozedUntil));
        continue;
      }
      const opened = Date.parse(alert.openedAt);
      // The people paged in order; after k timeouts the (k+1)-th is due.
      const paged = escalationChain(desk.workspace, desk.schedule, alert.pipelineId, now).contacts.filter((c) => c.page !== null);
      const step = Math.floor((now - opened) / timeoutMs);
      const due = step >= 1 ? paged[step] : undefined;
      const key = `ack-reminder/${alert.id}/${step}`;
      if (due && !notified.has(key)) {
        notified.add(key);
        const notice = alertNotice(desk, alert, new Date(now));
        options.notify({
          title: `Unacknowledged for ${spoken(now - opened)}: ${notice.title}`,
          body: `${nextText(due, me)}\n${alert.reason}`,
          onClick: () => options.open(alertRoute(alert)),
        });
      }
      if (step + 1 < paged.length) wakeAt(opened + (step + 1) * timeoutMs);
    }
    return next;
  };
  // An acknowledgement, a snooze or a new alert changes what is due.
  return personalNotices(options, check, (desk, listener) => desk.monitor.book.subscribe(listener));
}
