/** Live risk signals as a list: the kind on a label, the signal's own sentence, and (in the strip) the risks it bears on. */
import { Link } from "wouter";
import type { RiskSignal } from "../../../shared/domain/risks/signals/risk-signal";
import { routes } from "../../../shared/ipc/routes";
import { Badge } from "../../components/badge";
import { SIGNAL_LABELS } from "../../components/signal-headline";

/** The list; `riskTitles`, when given, adds links to the risks each signal bears on. */
export function SignalList({ signals, label, riskTitles }: { signals: readonly RiskSignal[]; label: string; riskTitles?: ReadonlyMap<string, string> }) {
  return (
    <ul className="signals" aria-label={label}>
      {signals.map((signal, i) => (
        <li key={`${signal.kind}-${i}`} className="signal" data-signal={signal.kind}>
          <Badge kind="signal">{SIGNAL_LABELS[signal.kind]}</Badge>
          <span className="signal__text">{signal.text}</span>
          {riskTitles && signal.riskIds.length > 0 && (
            <span className="signal__risks cell__detail">
              Bears on{" "}
              {signal.riskIds.map((id, k) => (
                <span key={id}>
                  {k > 0 && ", "}
                  <Link href={routes.risk(id)}>{riskTitles.get(id) ?? id}</Link>
                </span>
              ))}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
