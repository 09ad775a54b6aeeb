/** The team's world as the app uses it: workspace.yaml, the runbooks and the risk register, validated. */
import type { Risk, WorkspaceFile } from "./workspace-schema";

/** One numbered step of a runbook's Troubleshooting checklist. */
export interface RunbookStep {
  /** 1-based position in the checklist. */
  index: number;
  text: string;
  /** 1-based line in the runbook file, for editors and error messages. */
  line: number;
}

/** A `## ` section of a runbook. */
export interface RunbookSection {
  heading: string;
  /** Markdown body below the heading, trimmed. */
  body: string;
}

/** A pipeline's runbook: `runbooks/<pipeline-id>.md`. */
export interface Runbook {
  pipelineId: string;
  /** Path relative to the workspace folder, e.g. `runbooks/aggregate_profit.md`. */
  file: string;
  title: string;
  sections: RunbookSection[];
  /** The incident checklist: the numbered list under `## Troubleshooting`. */
  steps: RunbookStep[];
}

/** A validated workspace: workspace.yaml's content plus runbooks (by pipeline id) and risks. */
export interface Workspace extends WorkspaceFile {
  runbooks: Record<string, Runbook>;
  risks: Risk[];
}

/** One problem found in a workspace, pinned to a file position. */
export interface WorkspaceProblem {
  /** Path relative to the workspace folder. */
  file: string;
  line: number;
  col: number;
  /** YAML path such as `pipelines[2].owners.secondary`; empty for the whole file. */
  path: string;
  message: string;
}

/** The outcome of reading a workspace: the workspace, or every problem found. */
export type WorkspaceResult = { ok: true; workspace: Workspace } | { ok: false; problems: WorkspaceProblem[] };

/** `FILE:LINE:COL: <yaml path>: <message>`, the one-line form the CLI and the app print. */
export function formatProblem(p: WorkspaceProblem): string {
  return `${p.file}:${p.line}:${p.col}: ${p.path || "(file)"}: ${p.message}`;
}
