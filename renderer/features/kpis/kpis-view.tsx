/**
 * The KPIs over 7 or 30 days, overall and per pipeline, against the targets: each cell its figure,
 * how many things it counts, and its daily trend as a sparkline; under the table, what each counts.
 */
import { useState, type ReactNode } from "react";
import { Link } from "wouter";
import { KPI_COLUMNS, KPI_COUNTS, kpiText } from "../../../shared/domain/kpis/format-kpi";
import type { Kpi, KpiSet } from "../../../shared/domain/kpis/kpis";
import type { KpiDays } from "../../../shared/ipc/contract";
import { routes } from "../../../shared/ipc/routes";
import type { ViewProps } from "../../app/route-table";
import { errorText } from "../../api";
import { DemoLabel } from "../../components/demo-label";
import { KpiValue, kpiVerdict } from "../../components/kpi-value";
import { RangeChips } from "../../components/range-chips";
import { Section } from "../../components/section";
import { ViewHeader } from "../../components/view-header";
import { ZonedTime } from "../../components/zoned-time";
import { useKpis } from "../../queries/kpis";
import { useStatus } from "../../queries/status";
import { useWorkspaceModel } from "../../queries/workspace";
import { KpiSparkline } from "./kpi-sparkline";

const WINDOWS = [
  { value: 7, label: "7 days" },
  { value: 30, label: "30 days" },
] as const;

function KpiRow({ label, set, id }: { label: ReactNode; set: KpiSet; id: string }) {
  return (
    <tr data-pipeline={id}>
      <th scope="row" className="cell__title">
        {label}
      </th>
      {KPI_COLUMNS.map(([key]) => (
        <td key={key} data-met={kpiVerdict(set[key])} data-kpi={key} title={`target ${kpiText(set[key]).target}`}>
          <KpiValue kpi={set[key]} />
          <KpiCellDetail kpi={set[key]} counts={KPI_COUNTS[key].counts} />
        </td>
      ))}
    </tr>
  );
}

/** Under a figure: how many things it counts and its daily trend; nothing for a figure no source can give. */
function KpiCellDetail({ kpi, counts }: { kpi: Kpi; counts: string }) {
  if (kpi.unmeasured !== undefined && kpi.value === null) return null;
  return (
    <>
      <span className="kpi__count cell__detail" data-count={kpi.count}>
        {counts}: {kpi.count}
      </span>
      <KpiSparkline kpi={kpi} />
    </>
  );
}

/** The legend: what each column's figure is made of and what its count counts. */
function KpiLegend() {
  return (
    <dl className="kpi-legend">
      {KPI_COLUMNS.map(([key, label]) => (
        <div key={key} className="kpi-legend__item">
          <dt>{label}</dt>
          <dd>
            {KPI_COUNTS[key].definition}; counts {KPI_COUNTS[key].counts}.
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The KPIs view. */
export function KpisView(_: ViewProps) {
  const [days, setDays] = useState<KpiDays>(7);
  const kpis = useKpis(days);
  const { workspace } = useWorkspaceModel();
  // The status snapshot already knows which pipelines read a demo source; the figures come from the same runs.
  const demo = useStatus().data?.pipelines.some((p) => p.demo) ?? false;
  const names = new Map((workspace?.pipelines ?? []).map((p) => [p.id, p.name]));
  const zone = workspace?.timezone ?? "UTC";
  const report = kpis.data;
  return (
    <div className="view">
      <ViewHeader title="KPIs" actions={<DemoLabel demo={demo} />} />
      <div className="subbar">
        <span className="cell__detail" aria-label="KPI range">
          {report ? (
            <>
              Last {report.days} days: <ZonedTime iso={report.from} zone={zone} /> → <ZonedTime iso={report.to} zone={zone} />
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
              <th scope="col">Pipeline</th>
              {KPI_COLUMNS.map(([key, label]) => (
                <th key={key} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <KpiRow label="Overall" set={report.overall} id="overall" />
            {Object.entries(report.pipelines).map(([id, set]) => (
              <KpiRow key={id} label={<Link href={routes.pipeline(id)}>{names.get(id) ?? id}</Link>} set={set} id={id} />
            ))}
          </tbody>
        </table>
      )}
      {report && (
        <Section title="What each figure counts">
          <p className="cell__detail">
            Each cell is the figure over the last {report.days} days against its target (on hover), the number of things it counts, and a sparkline of its value per local day (the dashed line is the target). A figure no source
            reports says so in words.
          </p>
          <KpiLegend />
        </Section>
      )}
    </div>
  );
}
