/**
 * Saving hand-over notes and incident summaries into the workspace folder (`handoffs/`,
 * `incidents/`), as Markdown the team commits and shares through git.
 */
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";

/** The workspace folders shared Markdown goes to. */
export type SharedFolder = "handoffs" | "incidents";

/** A file name from free text: lower-case letters, digits and dashes only, so it is safe on every OS and in git. */
export function safeFileName(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "untitled";
}

/**
 * Writes `markdown` as `<workspace>/<folder>/<name>.md` (replacing an earlier version of the same
 * file) and returns its path. Written aside and renamed, so a reader never sees half a file.
 */
export async function shareToWorkspace(workspaceDir: string, folder: SharedFolder, name: string, markdown: string): Promise<string> {
  const dir = path.join(workspaceDir, folder);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${safeFileName(name)}.md`);
  const aside = `${file}.${process.pid}.tmp`;
  await writeFile(aside, markdown, "utf8");
  await rename(aside, file);
  return file;
}
