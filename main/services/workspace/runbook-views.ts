/** The runbooks of a workspace for the Runbooks view: parsed as loaded, with their Markdown and last change read from disk now. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { RunbookView } from "../../../shared/domain/runbook-view";
import type { Runbook } from "../../../shared/domain/workspace";
import { fileChangedAt } from "./file-changed-at";
import { runbookImages } from "./runbook-images";

/** One runbook with its Markdown, the images it may show and when it last changed (git, else mtime). */
export async function runbookView(workspaceDir: string, runbook: Runbook): Promise<RunbookView> {
  const [markdown, changedAt] = await Promise.all([readFile(path.join(workspaceDir, runbook.file), "utf8").catch(() => null), fileChangedAt(workspaceDir, runbook.file)]);
  const images = markdown === null ? {} : await runbookImages(workspaceDir, runbook.file, markdown);
  return { ...runbook, markdown, images, changedAt };
}

/** Every runbook of the workspace, in pipeline order. */
export async function runbookViews(workspaceDir: string, ws: { pipelines: readonly { id: string }[]; runbooks: Record<string, Runbook> }): Promise<RunbookView[]> {
  const runbooks = ws.pipelines.flatMap((p) => (ws.runbooks[p.id] ? [ws.runbooks[p.id]!] : []));
  return Promise.all(runbooks.map((r) => runbookView(workspaceDir, r)));
}
