/** One runbook as the workspace holds it: its sections as plain text and the checklist steps under Troubleshooting. */
import { Link } from "wouter";
import { routes } from "../../../shared/ipc/routes";
import type { ViewProps } from "../../app/route-table";
import { Section } from "../../components/section";
import { ViewHeader } from "../../components/view-header";
import { useWorkspaceModel } from "../../queries/workspace";

/** The runbook of pipeline `params.id`. */
export function RunbookView({ params }: ViewProps) {
  const id = params.id ?? "";
  const { workspace, isPending } = useWorkspaceModel();
  if (!workspace) return <p className="status">{isPending ? "Loading the workspace…" : "No valid workspace is loaded."}</p>;
  const runbook = workspace.runbooks[id];
  if (!runbook) {
    return (
      <div className="view">
        <ViewHeader title="Unknown runbook" />
        <p className="status">
          This workspace has no runbook for <code>{id}</code>. <Link href={routes.runbooks()}>All runbooks</Link>
        </p>
      </div>
    );
  }
  const pipeline = workspace.pipelines.find((p) => p.id === id);
  return (
    <div className="view" data-runbook={id}>
      <ViewHeader
        title={runbook.title}
        meta={
          <>
            <code>{runbook.file}</code>
            {pipeline && (
              <>
                {" "}
                · <Link href={routes.pipeline(pipeline.id)}>{pipeline.name}</Link>
              </>
            )}
          </>
        }
      />
      <Section title="Checklist" count={runbook.steps.length}>
        <ol className="steps" aria-label="Checklist steps">
          {runbook.steps.map((step) => (
            <li key={step.index} data-line={step.line}>
              {step.text}
            </li>
          ))}
        </ol>
      </Section>
      {runbook.sections.map((section) => (
        <Section key={section.heading} title={section.heading}>
          <div className="plain-text">{section.body}</div>
        </Section>
      ))}
    </div>
  );
}
