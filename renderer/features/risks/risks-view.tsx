/**
 * The Risks view: the live signals, the 5×5 heat map, and the register filtered and sorted by the
 * domain's filterRisks/sortRisks, each risk in full. `/risks/:id` brings one risk into view.
 */
import { useCallback, useEffect, useMemo, useRef } from "react";
import { filterRisks, sortRisks } from "../../../shared/domain/risks/risk-filters";
import type { ViewProps } from "../../app/route-table";
import { errorText } from "../../api";
import { Section } from "../../components/section";
import { signalNames } from "../../components/signal-headline";
import { ViewHeader } from "../../components/view-header";
import { formatZoned } from "../../components/zoned-time";
import { useRisks } from "../../queries/risks";
import { useWorkspaceModel } from "../../queries/workspace";
import { DEFAULT_RISK_REGISTER, useUiStore } from "../../stores/ui-store";
import { HeatMapGrid } from "./heat-map-grid";
import { LevelLegend } from "./level-legend";
import { RegisterControls } from "./register-controls";
import { registerOptions } from "./register-options";
import { RiskCard } from "./risk-card";
import "./risks.css";
import { SignalList } from "./signal-list";

/** The Risks view; `params.id` (from `/risks/:id`) names a risk to show and focus. */
export function RisksView({ params }: ViewProps) {
  const risks = useRisks();
  const { workspace } = useWorkspaceModel();
  const register = useUiStore((state) => state.riskRegister);
  const setRegister = useUiStore((state) => state.setRiskRegister);
  const target = params.id;
  // The deep link's risk takes focus once, when its card first appears.
  const pending = useRef(target);
  const claimFocus = useCallback((riskId: string) => {
    if (pending.current !== riskId) return false;
    pending.current = undefined;
    return true;
  }, []);
  const view = risks.data;
  const names = useMemo(() => signalNames(workspace), [workspace]);
  const titles = useMemo(() => new Map((view?.risks ?? []).map((r) => [r.id, r.title])), [view]);
  const options = useMemo(() => registerOptions(view?.risks ?? [], workspace), [view, workspace]);
  const { filter } = register;
  const visible = useMemo(() => new Set(filterRisks(view?.risks ?? [], { ...filter, cell: undefined }).map((r) => r.id)), [view, filter]);
  const shown = useMemo(() => sortRisks(filterRisks(view?.risks ?? [], filter), register.sort, register.direction), [view, filter, register.sort, register.direction]);
  const known = view?.risks.some((r) => r.id === target) ?? false;
  const hiddenTarget = known && pending.current === target && !shown.some((r) => r.id === target);
  useEffect(() => {
    // A deep link shows its risk even where the filters left from an earlier visit would hide it.
    if (hiddenTarget) setRegister({ ...register, filter: {} });
  }, [hiddenTarget, register, setRegister]);

  if (risks.isError) return <p className="status status--error">Could not read the risk register: {errorText(risks.error)}</p>;
  if (view === undefined) return <p className="status">Reading the risk register…</p>;
  if (view === null) return <p className="status">No risk register while the workspace has problems.</p>;
  const filtered = filter.category !== undefined || filter.pipeline !== undefined || filter.owner !== undefined || filter.cell !== undefined;
  return (
    <div className="view view--risks">
      <ViewHeader
        title="Risks"
        meta={
          <>
            {view.risks.length} risks in risks.yaml · at <time dateTime={view.at}>{formatZoned(view.at, view.zone)}</time> · reviewed every {view.thresholds.reviewIntervalDays} days
          </>
        }
      />
      {target !== undefined && !known && (
        <p className="status status--warning" role="status">
          There is no risk “{target}” in the register.
        </p>
      )}
      <Section title="Live signals" count={view.signals.length}>
        {view.signals.length > 0 ? <SignalList signals={view.signals} label="Live risk signals" riskTitles={titles} /> : <p className="status">No live risk signals now.</p>}
      </Section>
      <div className="risks-overview">
        <section className="section" aria-labelledby="heatmap-title">
          <h2 id="heatmap-title" className="risks-overview__title">
            Likelihood × impact
          </h2>
          <HeatMapGrid cells={view.heatMap} visible={visible} titles={titles} selected={filter.cell} onSelect={(cell) => setRegister({ ...register, filter: { ...filter, cell } })} />
          <LevelLegend />
        </section>
        <section className="section" aria-labelledby="register-controls-title">
          <h2 id="register-controls-title" className="risks-overview__title">
            Register
          </h2>
          <RegisterControls state={register} options={options} onChange={setRegister} />
          <p className="status register-count" role="status" data-shown={shown.length}>
            Showing {shown.length} of {view.risks.length} risks
            {filter.cell && ` in the cell likelihood ${filter.cell.likelihood} × impact ${filter.cell.impact}`}.
          </p>
          {filtered && (
            <button type="button" className="button" onClick={() => setRegister({ ...register, filter: DEFAULT_RISK_REGISTER.filter })}>
              Show all risks
            </button>
          )}
        </section>
      </div>
      {shown.length === 0 && <p className="status">No risk matches these filters.</p>}
      <ul className="risks" data-list aria-label="Risks">
        {shown.map((risk) => (
          <RiskCard key={risk.id} risk={risk} view={view} names={names} claimFocus={claimFocus} />
        ))}
      </ul>
    </div>
  );
}
