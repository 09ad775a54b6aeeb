/** The live risk signals in the hand-over briefing, so the incoming engineer hears of them before taking the pager (issue 11: signals on Risks, Now and the hand-over). */
import { Section } from "../../components/section";
import { useRisks } from "../../queries/risks";
import { SignalList } from "../risks/signal-list";

/** The section; nothing while the register is loading or unavailable. */
export function HandoffRiskSignals() {
  const view = useRisks().data;
  if (!view) return null;
  return (
    <Section title="Risk signals" count={view.signals.length}>
      {view.signals.length === 0 ? <p className="status">No risk signal now.</p> : <SignalList signals={view.signals} label="Risk signals for the incoming shift" />}
    </Section>
  );
}
