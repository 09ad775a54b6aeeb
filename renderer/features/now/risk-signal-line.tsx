/**
 * The live risk signals as one compact line on Now, beside its clock ("3 risk signals: Lisa Wang and Sarah Johnson
 * both away Dec 21–24 (Daily Growth) · …"), linking to the Risks view; nothing when there are none.
 */
import { ShieldAlert } from "lucide-react";
import { Link } from "wouter";
import type { Workspace } from "../../../shared/domain/workspace";
import { routes } from "../../../shared/ipc/routes";
import { signalHeadline, signalNames } from "../../components/signal-headline";
import { useRisks } from "../../queries/risks";

/**
 * The line; `ready` turns the request on. Now passes it once the on-call answer is in, so the
 * register (which reads the runbooks' dates from git) never competes with the on-call name.
 */
export function RiskSignalLine({ workspace, ready }: { workspace: Workspace | undefined; ready: boolean }) {
  const view = useRisks({ enabled: ready }).data;
  if (!view || view.signals.length === 0) return null;
  const names = signalNames(workspace);
  const headlines = view.signals.map((s) => signalHeadline(s, names, view.zone));
  const count = `${view.signals.length} risk signal${view.signals.length === 1 ? "" : "s"}`;
  return (
    <span className="signal-line" title={headlines.join("\n")} data-signals={view.signals.length}>
      <ShieldAlert aria-hidden="true" size={16} className="signal-line__icon" />
      <span className="signal-line__count">
        <Link href={routes.risks()}>{count}</Link>:
      </span>
      <span className="signal-line__items">
        {headlines.map((text, i) => (
          <span key={i} data-signal={view.signals[i]!.kind}>
            {i > 0 && " · "}
            {text}
          </span>
        ))}
      </span>
    </span>
  );
}
