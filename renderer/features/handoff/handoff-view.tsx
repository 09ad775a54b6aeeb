/**
 * The hand-over: the briefing for the next shift change (open alerts, open incidents with their
 * unfinished steps, the deadlines of the incoming shift per pipeline, pipelines whose owners are both
 * away, the outgoing engineer's notes), "I have the pager", and the outgoing engineer's note, which
 * can be shared into the workspace's handoffs/ folder; the live risk signals beside the briefing.
 */
import { Link } from "wouter";
import type { HandoffBriefing } from "../../../shared/domain/incidents/handoff-briefing";
import { routes } from "../../../shared/ipc/routes";
import type { ViewProps } from "../../app/route-table";
import { errorText } from "../../api";
import { ActionError } from "../../components/action-error";
import { alertLabel } from "../../components/alert-text";
import { Badge } from "../../components/badge";
import { Section } from "../../components/section";
import { TextForm } from "../../components/text-form";
import { ViewHeader } from "../../components/view-header";
import { ZonedTime } from "../../components/zoned-time";
import { useAcknowledgeHandoff, useHandoff, useSaveHandoffNote } from "../../queries/handoff";
import { useMyEngineer } from "../../queries/settings";
import { useWorkspaceModel } from "../../queries/workspace";
import { incidentNames, type IncidentNames } from "../incidents/incident-names";
import { HandoffRiskSignals } from "./handoff-risk-signals";

type Props = { briefing: HandoffBriefing; names: IncidentNames; zone: string };

function TakePager({ briefing, names, zone, me }: Props & { me: string | null }) {
  const acknowledge = useAcknowledgeHandoff();
  const ack = briefing.acknowledged;
  if (ack) {
    return (
      <p className="banner banner--ok" role="status" data-acknowledged={ack.by}>
        ✓ {names.person(ack.by)} has the pager (acknowledged <ZonedTime iso={ack.at} zone={zone} utc />).
      </p>
    );
  }
  return (
    <div className="row">
      <button type="button" className="button button--primary" disabled={acknowledge.isPending} onClick={() => acknowledge.mutate(briefing.handoffAt)}>
        I have the pager
      </button>
      {me !== null && me !== briefing.to && <span className="cell__detail">{names.person(briefing.to)} takes over; you would acknowledge for yourself.</span>}
      <ActionError error={acknowledge.error} what="record the acknowledgement" />
    </div>
  );
}

function Briefing({ briefing, names, zone }: Props) {
  const byPipeline = new Map<string, string[]>();
  for (const d of briefing.deadlines) byPipeline.set(d.pipeline, [...(byPipeline.get(d.pipeline) ?? []), d.deadline]);
  return (
    <>
      <Section title="Open alerts" count={briefing.openAlerts.length}>
        {briefing.openAlerts.length === 0 ? (
          <p className="status">No open alerts.</p>
        ) : (
          <ul className="link-list" data-list aria-label="Open alerts">
            {briefing.openAlerts.map((alert) => (
              <li key={alert.id}>
                <Link href={routes.pipeline(alert.pipelineId)} data-list-item>
                  {alertLabel(alert, names.pipeline(alert.pipelineId))}
                </Link>{" "}
                <Badge kind={`alert-${alert.state}`}>{alert.state}</Badge> <span className="cell__detail">{alert.reason}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Open incidents" count={briefing.openIncidents.length}>
        {briefing.openIncidents.length === 0 ? (
          <p className="status">No open incidents.</p>
        ) : (
          <ul className="link-list" aria-label="Open incidents">
            {briefing.openIncidents.map((i) => (
              <li key={i.id} data-incident={i.id}>
                <Link href={routes.incident(i.id)}>{names.pipeline(i.pipelineId)}</Link> <Badge kind={`incident-${i.state}`}>{i.state}</Badge>{" "}
                <span className="cell__detail">
                  commander {names.person(i.commander)} · {i.unfinished.length} step{i.unfinished.length === 1 ? "" : "s"} not done
                </span>
                {i.unfinished.length > 0 && (
                  <ul className="cell__detail">
                    {i.unfinished.map((s) => (
                      <li key={s.n}>
                        {s.n}. {s.text}
                        {s.status === "skipped" && " (skipped)"}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <div className="columns">
        <Section title="Deadlines in the incoming shift" count={briefing.deadlines.length}>
          {byPipeline.size === 0 ? (
            <p className="status">No deadline falls within the shift.</p>
          ) : (
            <dl className="facts" aria-label="Deadlines in the incoming shift">
              {[...byPipeline].map(([pipeline, deadlines]) => (
                <div key={pipeline} className="facts__pair" data-pipeline={pipeline}>
                  <dt>{names.pipeline(pipeline)}</dt>
                  <dd>
                    {deadlines.map((d, i) => (
                      <span key={d}>
                        {i > 0 && ", "}
                        <ZonedTime iso={d} zone={zone} utc />
                      </span>
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </Section>
        <Section title="Owners both away" count={briefing.ownersAway.length}>
          {briefing.ownersAway.length === 0 ? (
            <p className="status">Every pipeline has an owner around during the shift.</p>
          ) : (
            <ul aria-label="Pipelines whose owners are both away">
              {briefing.ownersAway.map((o) => (
                <li key={o.pipeline}>
                  {names.pipeline(o.pipeline)}: {names.person(o.primary)} and {names.person(o.secondary)} are both away
                </li>
              ))}
            </ul>
          )}
        </Section>
      </div>
      <Section title="Notes from the outgoing engineer" count={briefing.notes.length}>
        {briefing.notes.length === 0 ? (
          <p className="status">{names.person(briefing.from)} left no note yet.</p>
        ) : (
          <ul className="notes" aria-label="Hand-over notes">
            {briefing.notes.map((n, i) => (
              <li key={i} className="note">
                <div className="cell__detail">
                  {names.person(n.by)}, <ZonedTime iso={n.at} zone={zone} utc />
                </div>
                <div className="plain-text">{n.text}</div>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}

function OutgoingNote() {
  const save = useSaveHandoffNote();
  return (
    <Section title="Your hand-over note">
      <TextForm
        multiline
        label="Hand-over note"
        submit="Save note"
        busy={save.isPending}
        onSubmit={(text, clear) => save.mutate({ text, share: false }, { onSuccess: clear })}
        extra={(text, clear) => (
          <button type="button" className="button" disabled={save.isPending || text === ""} onClick={() => save.mutate({ text, share: true }, { onSuccess: clear })}>
            Save and share to workspace
          </button>
        )}
      />
      {save.data && (
        <p className="cell__detail" role="status">
          Note saved{save.data.sharedPath ? `; the briefing is shared as ${save.data.sharedPath}` : "."}
        </p>
      )}
      <ActionError error={save.error} what="save the note" />
    </Section>
  );
}

/** The hand-over view. */
export function HandoffView(_: ViewProps) {
  const handoff = useHandoff();
  const { workspace } = useWorkspaceModel();
  const me = useMyEngineer();
  const names = incidentNames(workspace);
  const zone = workspace?.timezone ?? "UTC";
  const briefing = handoff.data;
  return (
    <div className="view">
      <ViewHeader
        title="Hand-over"
        meta={
          briefing && (
            <span>
              {names.person(briefing.from)} → {names.person(briefing.to)}, {briefing.slot} shift from <ZonedTime iso={briefing.handoffAt} zone={zone} utc /> to{" "}
              <ZonedTime iso={briefing.shiftEnd} zone={zone} utc />
            </span>
          )
        }
      />
      {handoff.isPending && <p className="status">Preparing the briefing…</p>}
      {handoff.isError && <p className="status status--error">Could not prepare the briefing: {errorText(handoff.error)}</p>}
      {handoff.data === null && <p className="status">No shift change of the rotation is due within two days.</p>}
      {briefing && (
        <>
          <TakePager briefing={briefing} names={names} zone={zone} me={me} />
          <Briefing briefing={briefing} names={names} zone={zone} />
          <HandoffRiskSignals />
        </>
      )}
      {handoff.isSuccess && <OutgoingNote />}
    </div>
  );
}
