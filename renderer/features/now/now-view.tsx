/**
 * Now, the home view, in the order an engineer woken at 3 a.m. needs it: what is wrong with the data
 * sources, who is on call (the live risk signals on the clock's line), the open alerts, then every pipeline on one compact board.
 */
import { useMemo } from "react";
import { STATE_SEVERITY } from "../../../shared/domain/sla/types";
import type { PipelineSnapshot } from "../../../shared/domain/status";
import type { Workspace } from "../../../shared/domain/workspace";
import { errorText } from "../../api";
import { DemoLabel } from "../../components/demo-label";
import { Section } from "../../components/section";
import { ViewHeader } from "../../components/view-header";
import { formatZoned } from "../../components/zoned-time";
import { useNow } from "../../hooks/use-now";
import { useAppInfo } from "../../queries/app-info";
import { useMyEngineer } from "../../queries/settings";
import { useSources } from "../../queries/sources";
import { useOnCall, useStatus } from "../../queries/status";
import { useWorkspaceModel } from "../../queries/workspace";
import { ProblemList } from "../workspace/problem-list";
import { AlertList } from "./alert-list";
import { OnCallStrip } from "./on-call-strip";
import { PipelineBoard, type OwnerNames } from "./pipeline-board";
import { RiskSignalLine } from "./risk-signal-line";
import { SourceBanner, sourceTroubles } from "./source-banner";

/** Worst first, the workspace's order within a state. */
export function boardOrder(pipelines: readonly PipelineSnapshot[]): PipelineSnapshot[] {
  return pipelines
    .map((p, i) => ({ p, i }))
    .sort((a, b) => STATE_SEVERITY[b.p.state] - STATE_SEVERITY[a.p.state] || a.i - b.i)
    .map(({ p }) => p);
}

/** The P1 and P2 names per pipeline id. */
function ownerNames(workspace: Workspace | undefined): Map<string, OwnerNames> {
  if (!workspace) return new Map();
  const name = (id: string) => workspace.team.find((e) => e.id === id)?.name ?? id;
  return new Map(workspace.pipelines.map((p) => [p.id, [name(p.owners.primary), name(p.owners.secondary)] as const]));
}

/** The Now view. */
export function NowView() {
  const { workspace, problems, error } = useWorkspaceModel();
  const onCall = useOnCall();
  const status = useStatus();
  const sources = useSources();
  const info = useAppInfo();
  const me = useMyEngineer();
  const now = useNow();
  const owners = useMemo(() => ownerNames(workspace), [workspace]);
  const snapshot = status.data;
  const names = useMemo(() => new Map((snapshot?.pipelines ?? []).map((p) => [p.id, p.name])), [snapshot?.pipelines]);
  const board = useMemo(() => boardOrder(snapshot?.pipelines ?? []), [snapshot?.pipelines]);
  const zone = onCall.data?.zone ?? workspace?.timezone ?? "UTC";
  const demo = snapshot?.pipelines.some((p) => p.demo) ?? false;
  return (
    <div className="view view--now">
      <ViewHeader
        title="Now"
        meta={
          // The signals share the clock's line: the alerts below keep their place above the fold.
          <span className="now-meta">
            {onCall.data && <time dateTime={onCall.data.at}>{formatZoned(onCall.data.at, zone)}</time>}
            <RiskSignalLine workspace={workspace} ready={!onCall.isPending} />
          </span>
        }
        actions={<DemoLabel demo={demo} />}
      />
      {error && <p className="status status--error">Could not load the workspace: {errorText(error)}</p>}
      {problems.length > 0 && (
        <>
          <ProblemList problems={problems} dir={info.data?.workspaceDir ?? undefined} />
          {workspace && (
            // A broken edit does not stop monitoring: say which workspace is still being watched.
            <p className="status status--warning" role="status">
              Still monitoring with the last valid workspace until these problems are fixed.
            </p>
          )}
        </>
      )}
      <SourceBanner troubles={sourceTroubles(sources.data, snapshot?.pipelines ?? [])} />
      {onCall.data && <OnCallStrip view={onCall.data} now={now} me={me} />}
      {status.isError && <p className="status status--error">Could not read the pipeline status: {errorText(status.error)}</p>}
      {snapshot && (
        <>
          <Section title="Open alerts" count={snapshot.alerts.length}>
            <AlertList alerts={snapshot.alerts} names={names} at={snapshot.at} now={now} zone={zone} />
          </Section>
          <Section title="Pipelines" count={snapshot.pipelines.length}>
            {snapshot.pipelines.length === 0 ? <p className="status">Reading the sources…</p> : <PipelineBoard pipelines={board} owners={owners} now={now} zone={zone} />}
          </Section>
        </>
      )}
    </div>
  );
}
