/** The KPIs section: SLA compliance, uptime, MTTR, freshness lag and MTTA over 7 or 30 days, overall and per pipeline, against the targets. */
import { useState } from "react";
import { KPI_COLUMNS, kpiText } from "../../../shared/domain/kpis/format-kpi";
import type { Kpi, KpiSet } from "../../../shared/domain/kpis/kpis";
import type { Workspace } from "../../../shared/domain/workspace";
import type { KpiDays } from "../../../shared/ipc/contract";
import { errorText } from "../../api";
import { Badge } from "../../components/badge";
import { RangeChips } from "../../components/range-chips";
import { Section } from "../../components/section";
import { ZonedTime } from "../../components/zoned-time";
import { useKpiEvents, useKpis } from "../../queries/kpis";
import { useStatus } from "../../queries/status";

const WINDOWS = [
  { value: 7, label: "7 days" },
  { value: 30, label: "30 days" },
] as const;

/** One KPI: its value and a met/missed badge; the target is on hover. */
function KpiCell({ kpi }: { kpi: Kpi }) {
  const text = kpiText(kpi);
  const met = text.met === null ? undefined : text.met ? "met" : "missed";
  return (
    <td data-met={met ?? "none"} title={`target ${text.target}`}>
      {text.value}
      {met && (
        <>
          {" "}
          <Badge kind={`kpi-${met}`}>{met}</Badge>
        </>
      )}
    </td>
  );
}

function KpiRow({ label, set, id }: { label: string; set: KpiSet; id: string }) {
  return (
    <tr data-pipeline={id}>
      <td className="cell__title">{label}</td>
      {KPI_COLUMNS.map(([key]) => (
        <KpiCell key={key} kpi={set[key]} />
      ))}
    </tr>
  );
}

/** The section, placed after the live status: the same runs and alerts, over a longer view. */
export function KpiPanel({ workspace }: { workspace: Workspace }) {
  useKpiEvents();
  const [days, setDays] = useState<KpiDays>(7);
  const kpis = useKpis(days);
  // The status snapshot already knows which pipelines read a demo source; the figures come from the same runs.
  const demo = useStatus().data?.pipelines.some((p) => p.demo) ?? false;
  const names = new Map(workspace.pipelines.map((p) => [p.id, p.name]));
  const report = kpis.data;
  return (
    <Section title="KPIs" actions={demo ? <span className="demo-label">DEMO DATA — simulated runs</span> : undefined}>
      <div className="subbar">
        <span className="cell__detail" aria-label="KPI range">
          {report ? (
            <>
              Last {report.days} days: <ZonedTime iso={report.from} zone={workspace.timezone} /> → <ZonedTime iso={report.to} zone={workspace.timezone} />
            </>
          ) : (
            "Measuring…"
          )}
        </span>
        <RangeChips label="KPI window" options={WINDOWS} value={days} onChange={setDays} />
      </div>
      {kpis.isError && <p className="status status--error">Could not compute the KPIs: {errorText(kpis.error)}</p>}
      {report === null && <p className="status">No KPIs while the workspace has problems.</p>}
      {report && (
        <table className="table table--numbers kpis" aria-label="KPIs">
          <thead>
            <tr>
              <th>Pipeline</th>
              {KPI_COLUMNS.map(([key, label]) => (
                <th key={key}>{label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            <KpiRow label="Overall" set={report.overall} id="overall" />
            {Object.entries(report.pipelines).map(([id, set]) => (
              <KpiRow key={id} label={names.get(id) ?? id} set={set} id={id} />
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
