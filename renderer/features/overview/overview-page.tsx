/** The overview: the workspace at a glance, or the list of what is wrong with it. */
import { useAppInfo } from "../../queries/app-info";
import { useWorkspace, useWorkspaceEvents } from "../../queries/workspace";
import { OverviewStoreProvider } from "../../stores/overview-store";
import { RotationPanel } from "../rotation/rotation-panel";
import { SourcesPanel } from "../sources/sources-panel";
import { StatusOverview } from "../status/status-overview";
import { PipelineSection } from "./pipeline-section";
import { ProblemList } from "./problem-list";
import { TeamSection } from "./team-section";
import { WorkspaceBar } from "./workspace-bar";

function Body() {
  const workspace = useWorkspace();
  const info = useAppInfo();
  if (workspace.isPending) return <p className="status">Loading the workspace…</p>;
  if (workspace.isError) return <p className="status status--error">Could not load the workspace: {workspace.error.message}</p>;
  if (!workspace.data.ok) return <ProblemList problems={workspace.data.problems} dir={info.data?.workspaceDir} />;
  return (
    <OverviewStoreProvider>
      <StatusOverview workspace={workspace.data.workspace} />
      <RotationPanel workspace={workspace.data.workspace} />
      <SourcesPanel zone={workspace.data.workspace.timezone} />
      <TeamSection workspace={workspace.data.workspace} />
      <PipelineSection workspace={workspace.data.workspace} />
    </OverviewStoreProvider>
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
