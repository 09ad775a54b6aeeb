/** A runbook as the Runbooks view shows it: its parsed sections and checklist, its Markdown, and when it last changed. */
import type { Runbook } from "./workspace";

/** When a workspace file last changed: its last commit in a git checkout, else its modification time. */
export interface FileChangeView {
  /** ISO instant with offset. */
  at: string;
  from: "git" | "mtime";
}

/** One runbook for the views. */
export interface RunbookView extends Runbook {
  /** The file's Markdown as it is on disk now (the view renders it without raw HTML); null when the file is gone since the workspace was loaded. */
  markdown: string | null;
  /** The images the Markdown may show, by `src` as the renderer gives it: data: URLs of files inside the workspace folder only (an image not here shows its alt text). */
  images: Record<string, string>;
  changedAt: FileChangeView | null;
}
