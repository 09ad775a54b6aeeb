/**
 * One pipeline: its state and warnings, the last 7 days of intervals against their deadlines, its
 * recent runs, SLA and KPIs, owners and escalation, what it does and checks, and its runbook.
 */
import { AlertTriangle } from "lucide-react";
import { Link } from "wouter";
import { KPI_COLUMNS } from "../../../shared/domain/kpis/format-kpi";
import type { PipelineSnapshot } from "../../../shared/domain/status";
import type { Pipeline } from "../../../shared/domain/workspace-schema";
import type { Workspace } from "../../../shared/domain/workspace";
import { routes } from "../../../shared/ipc/routes";
import type { ViewProps } from "../../app/route-table";
import { errorText } from "../../api";
import { Badge } from "../../components/badge";
import { DemoLabel } from "../../components/demo-label";
import { KpiValue, kpiVerdict } from "../../components/kpi-value";
import { relativeTime } from "../../components/relative-time";
import { StartIncidentButton } from "../../components/start-incident-button";
import { Section } from "../../components/section";
import { ViewHeader } from "../../components/view-header";
import { formatZoned } from "../../components/zoned-time";
import { useNow } from "../../hooks/use-now";
import { useKpis } from "../../queries/kpis";
import { usePipelineHistory } from "../../queries/pipeline-history";
import { useStatus } from "../../queries/status";
import { useWorkspaceModel } from "../../queries/workspace";
import { EscalationPanel } from "./escalation-panel";
import { IntervalTimeline } from "./interval-timeline";
import { OwnersPanel } from "./owners-panel";
import { RecentRuns } from "./recent-runs";

/** The days of intervals the timeline shows. */
export const TIMELINE_DAYS = 7;

function Warnings({ snapshot }: { snapshot: PipelineSnapshot | undefined }) {
  if (!snapshot || snapshot.warnings.length === 0) return null;
  return (
    <ul className="banner banner--warn banner__list" aria-label="Warnings">
      {snapshot.warnings.map((w) => (
        <li key={`${w.kind}-${w.text}`} data-warning={w.kind}>
          <AlertTriangle aria-hidden="true" size={14} /> {w.text}
        </li>
      ))}
    </ul>
  );
}

function History({ pipeline, zone }: { pipeline: Pipeline; zone: string }) {
  const history = usePipelineHistory(pipeline.id, TIMELINE_DAYS);
  if (history.isError) return <p className="status status--error">Could not read the history: {errorText(history.error)}</p>;
  if (!history.data) return <p className="status">Reading the history…</p>;
  const h = history.data;
  return (
    <>
      <Section title={`Last ${TIMELINE_DAYS} days`} count={h.intervals.length}>
        <IntervalTimeline intervals={h.intervals} zone={zone} now={h.to} />
      </Section>
      <Section title="Recent runs" count={h.runs.length}>
        <RecentRuns runs={h.runs} zone={zone} now={h.to} />
      </Section>
    </>
  );
}

function SlaAndKpis({ pipeline, snapshot, zone, now }: { pipeline: Pipeline; snapshot: PipelineSnapshot | undefined; zone: string; now: number }) {
  const kpis = useKpis(7).data?.pipelines[pipeline.id];
  return (
    <Section title="SLA and KPIs">
      <dl className="facts">
        <dt>SLA</dt>
        <dd>
          delivered within <strong>{pipeline.sla}</strong> of data availability (the end of each interval)
        </dd>
        <dt>Schedule</dt>
        <dd>
          <code>{pipeline.schedule}</code> (UTC)
        </dd>
        <dt>Deadline that matters</dt>
        <dd>{snapshot?.deadline ? `${formatZoned(snapshot.deadline, zone)} (${relativeTime(snapshot.deadline, now)})` : "—"}</dd>
      </dl>
      {kpis && (
        <dl className="facts kpi-facts" aria-label="KPIs over 7 days">
          {KPI_COLUMNS.map(([key, label]) => (
            <div key={key} className="facts__pair" data-kpi={key} data-met={kpiVerdict(kpis[key])}>
              <dt>{label}</dt>
              <dd>
                <KpiValue kpi={kpis[key]} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </Section>
  );
}

function About({ pipeline, workspace }: { pipeline: Pipeline; workspace: Workspace }) {
  const lists = [
    ["Inputs", pipeline.inputs],
    ["Checks", pipeline.checks],
    ["Success metrics", pipeline.success_metrics],
  ] as const;
  return (
    <Section title="What it does">
      <p>{pipeline.purpose}</p>
      <dl className="facts">
        <dt>Area</dt>
        <dd>
          <Badge kind={pipeline.area}>{pipeline.area}</Badge> <Badge kind={`impact-${pipeline.impact}`}>{pipeline.impact} impact</Badge>
        </dd>
        <dt>Engine</dt>
        <dd>{pipeline.engine}</dd>
        {pipeline.volume && (
          <>
            <dt>Volume</dt>
            <dd>{pipeline.volume}</dd>
          </>
        )}
        <dt>Source</dt>
        <dd className="mono">
          {pipeline.source.id} {pipeline.source.dag_id ?? pipeline.source.app_name ?? pipeline.source.key ?? ""}
        </dd>
        <dt>Runbook</dt>
        <dd>{workspace.runbooks[pipeline.id] ? <Link href={routes.runbook(pipeline.id)}>{workspace.runbooks[pipeline.id]!.title}</Link> : "none"}</dd>
      </dl>
      {lists
        .filter(([, items]) => items.length > 0)
        .map(([title, items]) => (
          <div key={title} className="about-list">
            <h3>{title}</h3>
            <ul>
              {items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </div>
        ))}
    </Section>
  );
}

/** The view of the pipeline `params.id`. */
export function PipelineView({ params }: ViewProps) {
  const id = params.id ?? "";
  const { workspace, isPending } = useWorkspaceModel();
  const snapshot = useStatus().data?.pipelines.find((p) => p.id === id);
  const now = useNow();
  if (!workspace) return <p className="status">{isPending ? "Loading the workspace…" : "No valid workspace is loaded."}</p>;
  const pipeline = workspace.pipelines.find((p) => p.id === id);
  if (!pipeline) {
    return (
      <div className="view">
        <ViewHeader title="Unknown pipeline" />
        <p className="status">
          This workspace has no pipeline <code>{id}</code>. <Link href={routes.pipelines()}>All pipelines</Link>
        </p>
      </div>
    );
  }
  const zone = workspace.timezone;
  return (
    <div className="view" data-pipeline={pipeline.id}>
      <ViewHeader
        title={pipeline.name}
        meta={
          snapshot ? (
            <span className="pipeline-state" data-state={snapshot.state}>
              <Badge kind={`state-${snapshot.state}`}>{snapshot.state}</Badge> {snapshot.reason}
            </span>
          ) : (
            "Reading the source…"
          )
        }
        actions={
          <>
            <DemoLabel demo={snapshot?.demo ?? false} />
            {workspace.runbooks[pipeline.id] && <StartIncidentButton pipelineId={pipeline.id} label={pipeline.name} />}
            {workspace.runbooks[pipeline.id] && (
              <Link href={routes.runbook(pipeline.id)} className="button">
                Open runbook
              </Link>
            )}
          </>
        }
      />
      <Warnings snapshot={snapshot} />
      <History pipeline={pipeline} zone={zone} />
      <div className="columns">
        <SlaAndKpis pipeline={pipeline} snapshot={snapshot} zone={zone} now={now} />
        <OwnersPanel pipeline={pipeline} workspace={workspace} />
      </div>
      <div className="columns">
        <About pipeline={pipeline} workspace={workspace} />
        <EscalationPanel pipelineId={pipeline.id} name={pipeline.name} />
      </div>
    </div>
  );
}
