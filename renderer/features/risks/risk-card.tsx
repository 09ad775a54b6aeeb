/**
 * One risk of the register: title, level and score, category, owner, review (flagged when overdue),
 * the live signals bearing on it, what it is, examples, what happens when it strikes, the preventive
 * and response mitigations, and its pipelines with their runbooks and when each last changed.
 */
import { useEffect, useRef } from "react";
import { Link } from "wouter";
import type { RisksView, RiskWithSignals, RunbookLink } from "../../../shared/domain/risks/risks-view";
import { routes } from "../../../shared/ipc/routes";
import { Badge } from "../../components/badge";
import type { SignalNames } from "../../components/signal-headline";
import { formatZonedDate } from "../../components/zoned-time";
import { SignalList } from "./signal-list";

function RunbookChanged({ runbook, zone }: { runbook: RunbookLink; zone: string }) {
  if (!runbook.changed) return <span className="cell__detail"> (last change unknown)</span>;
  const how = runbook.changed.from === "git" ? "last commit" : "file time";
  return (
    <span className="cell__detail">
      {" "}
      changed <time dateTime={runbook.changed.at}>{formatZonedDate(runbook.changed.at, zone)}</time> ({how})
    </span>
  );
}

function Review({ risk }: { risk: RiskWithSignals }) {
  return (
    <span className="risk__review" data-overdue={risk.reviewOverdue}>
      reviewed <time dateTime={risk.lastReviewed}>{risk.lastReviewed}</time>
      {risk.reviewOverdue ? (
        <>
          {" "}
          <Badge kind="overdue">review overdue</Badge> <span>due {risk.reviewDue}</span>
        </>
      ) : (
        <span> · next by {risk.reviewDue}</span>
      )}
    </span>
  );
}

/** The card; `claimFocus` says (once) whether a deep link asked for this risk, so it takes focus when it appears. */
export function RiskCard({ risk, view, names, claimFocus }: { risk: RiskWithSignals; view: Pick<RisksView, "runbooks" | "zone">; names: SignalNames; claimFocus: (riskId: string) => boolean }) {
  const card = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (!claimFocus(risk.id)) return;
    card.current?.focus();
    card.current?.scrollIntoView({ block: "start" });
  }, [claimFocus, risk.id]);
  const heading = `risk-${risk.id}`;
  return (
    <li className={`risk risk--${risk.level}`} ref={card} tabIndex={-1} data-list-item data-risk={risk.id} data-level={risk.level} aria-labelledby={heading}>
      <div className="risk__head">
        <h2 className="risk__title" id={heading}>
          {risk.title}
        </h2>
        <Badge kind={`level-${risk.level}`}>{risk.level}</Badge>
        <span className="risk__score" data-score={risk.score}>
          score {risk.score} (likelihood {risk.likelihood} × impact {risk.impact})
        </span>
      </div>
      <div className="risk__meta">
        <Badge kind="neutral">{risk.category}</Badge>
        <span>owner {names.engineer(risk.owner)}</span>
        <Review risk={risk} />
      </div>
      {risk.signals.length > 0 && <SignalList signals={risk.signals} label={`Live signals on ${risk.title}`} />}
      <p>{risk.description}</p>
      <p>
        <span className="risk__label">When it strikes: </span>
        {risk.consequence}
      </p>
      <div className="risk__columns">
        <div>
          <h3>Examples</h3>
          <ul>
            {risk.examples.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
        {(["preventive", "response"] as const).map((kind) => (
          <div key={kind}>
            <h3>{kind === "preventive" ? "Preventive mitigations" : "Response mitigations"}</h3>
            <ul>
              {risk.mitigations[kind].map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      {risk.pipelines.length > 0 && (
        <div className="risk__pipelines">
          <h3>Pipelines and their runbooks</h3>
          <ul aria-label={`Pipelines of ${risk.title}`}>
            {risk.pipelines.map((id) => {
              const runbook = view.runbooks[id];
              return (
                <li key={id} data-pipeline={id}>
                  <Link href={routes.pipeline(id)}>{names.pipeline(id)}</Link>
                  {" · "}
                  {runbook ? (
                    <>
                      <Link href={routes.runbook(id)}>
                        runbook<span className="sr-only"> of {names.pipeline(id)}</span>
                      </Link>
                      <RunbookChanged runbook={runbook} zone={view.zone} />
                    </>
                  ) : (
                    <span className="cell__detail">no runbook</span>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </li>
  );
}
