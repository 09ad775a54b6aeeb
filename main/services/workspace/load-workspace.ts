/** Reads a workspace folder from disk and validates it with the pure parser in shared/. */
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseWorkspace, type WorkspaceFiles } from "../../../shared/domain/parse-workspace";
import type { WorkspaceResult } from "../../../shared/domain/workspace";

/** The embedded default workspace shipped with the app (assets/workspace). */
export const EMBEDDED_WORKSPACE_DIR = fileURLToPath(new URL("../../../assets/workspace", import.meta.url));

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** Reads the files of a workspace folder as text, without judging them. */
export async function readWorkspaceFiles(dir: string): Promise<WorkspaceFiles> {
  const runbookDir = path.join(dir, "runbooks");
  const names = await readdir(runbookDir).catch(() => [] as string[]);
  const runbooks: Record<string, string> = {};
  for (const name of names.filter((n) => n.endsWith(".md")).sort()) {
    runbooks[name] = await readFile(path.join(runbookDir, name), "utf8");
  }
  return {
    workspaceYaml: await readOptional(path.join(dir, "workspace.yaml")),
    risksYaml: await readOptional(path.join(dir, "risks.yaml")),
    runbooks,
  };
}

/** Loads and validates the workspace in `dir` (default: the embedded one). Never throws. */
export async function loadWorkspace(dir: string = EMBEDDED_WORKSPACE_DIR): Promise<WorkspaceResult> {
  let files: WorkspaceFiles;
  try {
    files = await readWorkspaceFiles(dir);
  } catch (error) {
    // An unreadable file (permissions, a folder where a file should be): say which and why.
    const err = error as NodeJS.ErrnoException;
    const file = err.path ? path.relative(dir, err.path) || "." : ".";
    return { ok: false, problems: [{ file, line: 1, col: 1, path: "", message: `cannot read (${err.message})` }] };
  }
  return parseWorkspace(files);
}
