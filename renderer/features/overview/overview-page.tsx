/** The overview: the workspace at a glance, or the list of what is wrong with it. */
import { useAppInfo } from "../../queries/app-info";
import { useWorkspace, useWorkspaceEvents } from "../../queries/workspace";
import { OverviewStoreProvider } from "../../stores/overview-store";
import { KpiPanel } from "../kpis/kpi-panel";
import { RotationPanel } from "../rotation/rotation-panel";
import { SourcesPanel } from "../sources/sources-panel";
import { StatusOverview } from "../status/status-overview";
import { PipelineSection } from "./pipeline-section";
import { ProblemList } from "./problem-list";
import { TeamSection } from "./team-section";
import { WorkspaceBar } from "./workspace-bar";
import type { Workspace } from "../../../shared/domain/workspace";

function Panels({ workspace }: { workspace: Workspace }) {
  return (
    <OverviewStoreProvider>
      <StatusOverview workspace={workspace} />
      <KpiPanel workspace={workspace} />
      <RotationPanel workspace={workspace} />
      <SourcesPanel zone={workspace.timezone} />
      <TeamSection workspace={workspace} />
      <PipelineSection workspace={workspace} />
    </OverviewStoreProvider>
  );
}

function Body() {
  const workspace = useWorkspace();
  const info = useAppInfo();
  if (workspace.isPending) return <p className="status">Loading the workspace…</p>;
  if (workspace.isError) return <p className="status status--error">Could not load the workspace: {workspace.error.message}</p>;
  if (workspace.data.ok) return <Panels workspace={workspace.data.workspace} />;
  const { problems, running } = "running" in workspace.data ? workspace.data : { ...workspace.data, running: undefined };
  return (
    <>
      <ProblemList problems={problems} dir={info.data?.workspaceDir ?? undefined} />
      {running && (
        <>
          {/* A broken edit does not stop monitoring: say which workspace is still being watched. */}
          <p className="status status--warning" role="status">
            Still monitoring with the last valid workspace until these problems are fixed.
          </p>
          <Panels workspace={running} />
        </>
      )}
    </>
  );
}

/** The overview page. */
export function OverviewPage() {
  useWorkspaceEvents();
  const workspace = useWorkspace();
  const info = useAppInfo();
  const title = workspace.data?.ok ? (workspace.data.workspace.name ?? "Workspace") : undefined;
  return (
    <div className="page">
      <WorkspaceBar info={info.data} title={title} />
      <main className="content">
        <Body />
      </main>
    </div>
  );
}
