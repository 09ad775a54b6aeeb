/**
 * When a workspace file last changed: its last commit when the workspace is a git checkout (a
 * clone's files all carry the checkout's time, so the file's own mtime says nothing), else its mtime.
 */
import { execFile } from "node:child_process";
import { stat } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** When a file last changed and how that is known. */
export interface FileChange {
  /** ISO instant with offset. */
  at: string;
  /** `git`: the last commit touching the file; `mtime`: the file's modification time (not committed, or no git). */
  from: "git" | "mtime";
}

/** The last change of `file` (relative to `workspaceDir`); null when the file does not exist. Never throws for a missing git. */
export async function fileChangedAt(workspaceDir: string, file: string): Promise<FileChange | null> {
  const absolute = path.resolve(workspaceDir, file);
  const info = await stat(absolute).catch(() => null);
  if (!info) return null;
  try {
    // %cI: the committer date, strict ISO 8601 with the committer's offset. Empty when never committed.
    const { stdout } = await run("git", ["log", "-1", "--format=%cI", "--", path.basename(absolute)], { cwd: path.dirname(absolute), timeout: 5000 });
    const committed = stdout.trim();
    if (committed && !(await modifiedSinceCommit(absolute))) return { at: committed, from: "git" };
  } catch {
    // Not a git checkout, or git is not installed: the file's own time is all there is.
  }
  return { at: info.mtime.toISOString(), from: "mtime" };
}

/** True when the file has uncommitted changes: then its mtime is newer than any commit. */
async function modifiedSinceCommit(absolute: string): Promise<boolean> {
  const { stdout } = await run("git", ["status", "--porcelain", "--", path.basename(absolute)], { cwd: path.dirname(absolute), timeout: 5000 });
  return stdout.trim() !== "";
}
