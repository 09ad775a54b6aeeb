/** The hand-over briefing as Markdown: what `oncall-desk handoff` prints and what is saved to the workspace's `handoffs/` for the team. */
import type { HandoffBriefing } from "./handoff-briefing";
import { bothTimes, localTime, personName, type PeopleSource } from "./incident-text";

/** The parts of a workspace the text names. */
export type HandoffWorkspace = PeopleSource & { timezone: string; pipelines: readonly { id: string; name: string }[] };

/** The briefing as Markdown, instants in the workspace zone (and UTC for the shift). */
export function handoffMarkdown(b: HandoffBriefing, ws: HandoffWorkspace): string {
  const zone = ws.timezone;
  const who = (id: string) => personName(ws, id);
  const pipeline = (id: string) => ws.pipelines.find((p) => p.id === id)?.name ?? id;
  const list = (items: string[]) => (items.length ? items : ["None."]);
  const ack = b.acknowledged ? `${who(b.acknowledged.by)} has the pager (acknowledged ${localTime(b.acknowledged.at, zone)}).` : "Not acknowledged yet.";
  return [
    `# Hand-over ${localTime(b.handoffAt, zone)}: ${who(b.from)} → ${who(b.to)}`,
    "",
    `The ${b.slot} shift, ${bothTimes(b.handoffAt, zone)} to ${bothTimes(b.shiftEnd, zone)}. ${ack}`,
    "",
    `## Notes from ${who(b.from)}`,
    "",
    ...list(b.notes.map((n) => `- ${localTime(n.at, zone)}: ${n.text.replace(/\r?\n/g, " ")}`)),
    "",
    "## Open alerts",
    "",
    ...list(b.openAlerts.map((a) => `- ${pipeline(a.pipelineId)}: ${a.kind} (${a.state}) since ${localTime(a.openedAt, zone)}: ${a.reason}`)),
    "",
    "## Open incidents",
    "",
    ...list(
      b.openIncidents.map((i) => {
        const steps = i.unfinished.map((s) => `${s.n}${s.status === "skipped" ? " (skipped)" : ""}`).join(", ");
        return `- \`${i.id}\` ${pipeline(i.pipelineId)}, ${i.state}, commander ${who(i.commander)} since ${localTime(i.startedAt, zone)}; ${steps ? `steps not done: ${steps}` : "every step done"}`;
      }),
    ),
    "",
    "## Deadlines in the shift",
    "",
    ...list(b.deadlines.map((d) => `- ${localTime(d.deadline, zone)}: ${pipeline(d.pipeline)}`)),
    "",
    "## Pipelines whose owners are both away",
    "",
    ...list(b.ownersAway.map((o) => `- ${pipeline(o.pipeline)}: ${who(o.primary)} (P1) and ${who(o.secondary)} (P2); brief yourself on its runbook`)),
    "",
  ].join("\n");
}
