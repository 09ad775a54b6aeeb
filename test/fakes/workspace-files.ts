/** The embedded workspace's files as text, and edited copies of them, for validator tests. */
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { EMBEDDED_WORKSPACE_DIR, readWorkspaceFiles } from "../../main/services/workspace/load-workspace";
import type { WorkspaceFiles } from "../../shared/domain/parse-workspace";

/** A fresh copy of the embedded workspace's files. */
export async function embeddedFiles(): Promise<WorkspaceFiles> {
  return readWorkspaceFiles(EMBEDDED_WORKSPACE_DIR);
}

/** Replaces the first `from` with `to` in one file (workspace.yaml, risks.yaml or runbooks/x.md); throws when `from` is absent. */
export function edit(files: WorkspaceFiles, file: string, from: string, to: string): WorkspaceFiles {
  const text = file === "workspace.yaml" ? files.workspaceYaml : file === "risks.yaml" ? files.risksYaml : files.runbooks[file.replace(/^runbooks\//, "")];
  if (text === undefined || !text.includes(from)) throw new Error(`test setup: "${from}" not found in ${file}`);
  const changed = text.replace(from, to);
  if (file === "workspace.yaml") return { ...files, workspaceYaml: changed };
  if (file === "risks.yaml") return { ...files, risksYaml: changed };
  return { ...files, runbooks: { ...files.runbooks, [file.replace(/^runbooks\//, "")]: changed } };
}

/** 1-based line and column of the first `needle` in `text` (after the first `anchor`, when given). */
export function positionOf(text: string, needle: string, anchor?: string): { line: number; col: number } {
  const from = anchor === undefined ? 0 : text.indexOf(anchor);
  if (from < 0) throw new Error(`test setup: "${anchor}" not found`);
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`test setup: "${needle}" not found`);
  const before = text.slice(0, at).split("\n");
  return { line: before.length, col: before.at(-1)!.length + 1 };
}

/** Writes `files` as a workspace folder in a new temp dir and returns its path. */
export async function writeWorkspace(files: WorkspaceFiles): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "ocd-ws-"));
  await mkdir(path.join(dir, "runbooks"));
  if (files.workspaceYaml !== undefined) await writeFile(path.join(dir, "workspace.yaml"), files.workspaceYaml);
  if (files.risksYaml !== undefined) await writeFile(path.join(dir, "risks.yaml"), files.risksYaml);
  for (const [name, text] of Object.entries(files.runbooks)) await writeFile(path.join(dir, "runbooks", name), text);
  return dir;
}
