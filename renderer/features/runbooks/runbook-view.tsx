/**
 * One runbook, rendered from its Markdown (links and images kept to what the workspace names), its
 * troubleshooting checklist (read-only; "Start incident" steps through it), when it last changed,
 * and beside it the pipeline's live state, deadline, owners and escalation chain. Everything but
 * the live state comes from the workspace folder, so it all works with no network.
 */
import { AlertTriangle } from "lucide-react";
import { Link } from "wouter";
import { isSection } from "../../../shared/domain/runbook";
import type { RunbookView as Runbook } from "../../../shared/domain/runbook-view";
import { workspaceLinkHosts } from "../../../shared/domain/link-policy";
import type { Workspace } from "../../../shared/domain/workspace";
import { routes } from "../../../shared/ipc/routes";
import type { ViewProps } from "../../app/route-table";
import { errorText } from "../../api";
import { DemoLabel } from "../../components/demo-label";
import { parseUrl } from "../../components/parse-url";
import { Section } from "../../components/section";
import { StartIncidentButton } from "../../components/start-incident-button";
import { ViewHeader } from "../../components/view-header";
import { WorkspaceMarkdown, type MarkdownReach } from "../../components/workspace-markdown";
import { useNow } from "../../hooks/use-now";
import { useRunbook } from "../../queries/runbooks";
import { useStatus } from "../../queries/status";
import { useWorkspaceModel } from "../../queries/workspace";
import { EscalationPanel } from "../pipelines/escalation-panel";
import { OwnersPanel } from "../pipelines/owners-panel";
import { ChangedAt } from "./changed-at";
import { PipelineLive } from "./pipeline-live";
import "./runbooks.css";

/** The numbered lines of a checklist section: shown as the checklist, so not again as text. */
const STEP_LINE = /^\s{0,3}\d+[.)]\s+.*$/gm;

function Checklist({ runbook, reach }: { runbook: Runbook; reach: MarkdownReach }) {
  const troubleshooting = runbook.sections.find((s) => isSection(s.heading, "Troubleshooting"));
  const notes = troubleshooting?.body.replace(STEP_LINE, "").trim();
  return (
    <Section title="Troubleshooting checklist" count={runbook.steps.length}>
      <ol className="steps runbook-steps" aria-label="Checklist steps">
        {runbook.steps.map((step) => (
          <li key={step.index} data-line={step.line}>
            <WorkspaceMarkdown markdown={step.text} reach={reach} inline />
          </li>
        ))}
      </ol>
      {notes && (
        <div className="markdown">
          <WorkspaceMarkdown markdown={notes} reach={reach} />
        </div>
      )}
    </Section>
  );
}

function Body({ runbook, workspace }: { runbook: Runbook; workspace: Workspace }) {
  const reach: MarkdownReach = { hosts: workspaceLinkHosts(workspace, parseUrl), images: runbook.images };
  return (
    <div className="runbook__body">
      {runbook.markdown === null && (
        <p className="banner banner--warn">
          <AlertTriangle aria-hidden="true" size={14} /> <code>{runbook.file}</code> is gone from the workspace folder: this is the runbook as it was loaded.
        </p>
      )}
      <Checklist runbook={runbook} reach={reach} />
      {runbook.sections
        .filter((section) => !isSection(section.heading, "Troubleshooting"))
        .map((section) => (
          <Section key={section.heading} title={section.heading}>
            <div className="markdown">
              <WorkspaceMarkdown markdown={section.body} reach={reach} />
            </div>
          </Section>
        ))}
    </div>
  );
}

/** The runbook of pipeline `params.id`. */
export function RunbookView({ params }: ViewProps) {
  const id = params.id ?? "";
  const { workspace, isPending } = useWorkspaceModel();
  const runbook = useRunbook(id);
  const snapshot = useStatus().data?.pipelines.find((p) => p.id === id);
  const now = useNow();
  if (!workspace) return <p className="status">{isPending ? "Loading the workspace…" : "No valid workspace is loaded."}</p>;
  const pipeline = workspace.pipelines.find((p) => p.id === id);
  if (!pipeline || !workspace.runbooks[id]) {
    return (
      <div className="view">
        <ViewHeader title="Unknown runbook" />
        <p className="status">
          This workspace has no runbook for <code>{id}</code>. <Link href={routes.runbooks()}>All runbooks</Link>
        </p>
      </div>
    );
  }
  if (runbook.isError) return <p className="status status--error">Could not read the runbook: {errorText(runbook.error)}</p>;
  if (!runbook.data) return <p className="status">Reading the runbook…</p>;
  const data = runbook.data;
  return (
    <div className="view" data-runbook={id}>
      <ViewHeader
        title={data.title}
        meta={
          <>
            <code>{data.file}</code> · <ChangedAt changedAt={data.changedAt} zone={workspace.timezone} /> · <Link href={routes.pipeline(pipeline.id)}>{pipeline.name}</Link>
          </>
        }
        actions={
          <>
            <DemoLabel demo={snapshot?.demo ?? false} />
            <StartIncidentButton pipelineId={pipeline.id} label={pipeline.name} />
          </>
        }
      />
      <div className="runbook">
        <Body runbook={data} workspace={workspace} />
        <aside className="runbook__aside" aria-label={`${pipeline.name} now`}>
          <PipelineLive snapshot={snapshot} zone={workspace.timezone} now={now} />
          <OwnersPanel pipeline={pipeline} workspace={workspace} />
          <EscalationPanel pipelineId={pipeline.id} name={pipeline.name} />
        </aside>
      </div>
    </div>
  );
}
