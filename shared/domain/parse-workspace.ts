/**
 * Validates a workspace's files (as text) into a Workspace, or returns every problem with its
 * FILE:LINE:COL. Pure and total: whatever the input, it returns and never throws.
 */
import { LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import { isSection, parseRunbook } from "./runbook";
import { didYouMean } from "./validation/did-you-mean";
import { referenceProblems } from "./validation/workspace-references";
import { formatYamlPath, locate } from "./validation/yaml-locate";
import { zodProblems, type PathProblem } from "./validation/zod-issues";
import type { Runbook, WorkspaceProblem, WorkspaceResult } from "./workspace";
import { risksFileSchema, workspaceFileSchema, type Risk, type WorkspaceFile } from "./workspace-schema";

/** The files of a workspace folder, as text. Runbooks are keyed by file name (`aggregate_profit.md`). */
export interface WorkspaceFiles {
  workspaceYaml: string | undefined;
  risksYaml: string | undefined;
  runbooks: Record<string, string>;
}

interface YamlFile<T> {
  value?: T;
  /** Positions the path problems of this file. */
  place(problem: PathProblem): WorkspaceProblem;
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}

/** Parses and schema-checks one YAML file; problems go to `problems`. */
function readYaml<S extends z.ZodType>(file: string, text: string, schema: S, problems: WorkspaceProblem[]): YamlFile<z.output<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const place = (p: PathProblem): WorkspaceProblem => ({ file, ...locate(doc, lineCounter, p.path, p.atKey), path: formatYamlPath(p.path), message: p.message });
  if (doc.errors.length > 0) {
    // The parser often reports one mistake several times on the same line: keep the first per line.
    const lines = new Set<number>();
    for (const error of doc.errors) {
      const pos = error.linePos?.[0] ?? { line: 1, col: 1 };
      if (lines.has(pos.line)) continue;
      lines.add(pos.line);
      problems.push({ file, line: pos.line, col: pos.col, path: "", message: `YAML syntax error: ${firstLine(error.message)}` });
    }
    return { place };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    problems.push({ file, line: 1, col: 1, path: "", message: `YAML error: ${error instanceof Error ? firstLine(error.message) : String(error)}` });
    return { place };
  }
  if (data === null || data === undefined) {
    problems.push({ file, line: 1, col: 1, path: "", message: "the file is empty" });
    return { place };
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    problems.push(...zodProblems(result.error.issues, schema, data).map(place));
    return { place };
  }
  return { value: result.data, place };
}

/** Parses the runbooks and reports runbooks without a pipeline, pipelines without a runbook, and empty checklists. */
function readRunbooks(files: Record<string, string>, ws: YamlFile<WorkspaceFile>, problems: WorkspaceProblem[]): Record<string, Runbook> {
  const runbooks: Record<string, Runbook> = {};
  const pipelineIds = ws.value?.pipelines.map((p) => p.id) ?? [];
  for (const [name, text] of Object.entries(files)) {
    const id = name.replace(/\.md$/, "");
    const file = `runbooks/${name}`;
    const runbook = parseRunbook(id, file, text);
    if (ws.value && !pipelineIds.includes(id)) {
      problems.push({ file, line: 1, col: 1, path: "(runbook)", message: `runbook for an unknown pipeline "${id}"${didYouMean(id, pipelineIds)}: name it runbooks/<pipeline-id>.md` });
    }
    if (runbook.steps.length === 0) {
      const lines = text.split(/\r?\n/);
      const heading = lines.findIndex((l) => /^##\s/.test(l) && isSection(l.replace(/^##\s+/, ""), "Troubleshooting"));
      problems.push({
        file,
        line: heading >= 0 ? heading + 1 : 1,
        col: 1,
        path: "## Troubleshooting",
        message: heading >= 0 ? "no checklist steps: add a numbered list (1. …) under ## Troubleshooting" : "no ## Troubleshooting section with numbered checklist steps",
      });
    }
    runbooks[id] = runbook;
  }
  ws.value?.pipelines.forEach((p, i) => {
    if (!runbooks[p.id]) problems.push(ws.place({ path: ["pipelines", i, "id"], message: `pipeline "${p.id}" has no runbook: add runbooks/${p.id}.md` }));
  });
  return runbooks;
}

function byPosition(a: WorkspaceProblem, b: WorkspaceProblem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col;
}

/** Validates a workspace's files into a Workspace, or every problem found. Never throws. */
export function parseWorkspace(files: WorkspaceFiles): WorkspaceResult {
  const problems: WorkspaceProblem[] = [];
  if (files.workspaceYaml === undefined) {
    return { ok: false, problems: [{ file: "workspace.yaml", line: 1, col: 1, path: "", message: "workspace.yaml is missing: this folder is not a workspace" }] };
  }
  const ws = readYaml("workspace.yaml", files.workspaceYaml, workspaceFileSchema, problems);
  const emptyRegister: YamlFile<{ risks: Risk[] }> = { value: { risks: [] }, place: ws.place };
  // risks.yaml is optional: a team may start without a register.
  const risks = files.risksYaml === undefined ? emptyRegister : readYaml("risks.yaml", files.risksYaml, risksFileSchema, problems);
  if (ws.value && risks.value) {
    for (const problem of referenceProblems(ws.value, risks.value.risks)) {
      problems.push((problem.file === "risks.yaml" ? risks : ws).place(problem));
    }
  }
  const runbooks = readRunbooks(files.runbooks, ws, problems);
  if (problems.length > 0 || !ws.value || !risks.value) return { ok: false, problems: problems.sort(byPosition) };
  return { ok: true, workspace: { ...ws.value, runbooks, risks: risks.value.risks } };
}
