/**
 * An append-only JSON Lines file that loses nothing: every append is written and fsync'ed before
 * it resolves, so a resolved append survives a crash or power loss. A crash mid-write leaves at
 * most a torn last line (no newline): loading ignores and reports it, and the next append cuts it
 * off first, so it never glues onto a confirmed line.
 */
import { mkdir, open, readFile, type FileHandle } from "node:fs/promises";
import path from "node:path";

/** What a journal file held. */
export interface JournalRead<T> {
  entries: T[];
  /** One line per line that was skipped: a torn last line, or a complete line that does not parse. */
  problems: string[];
}

/** Reads one line's JSON into an entry, or says why it cannot. */
export type ParseEntry<T> = (value: unknown) => { ok: true; entry: T } | { ok: false; reason: string };

const NEWLINE = 0x0a;

/** Reads `file`; undefined when it does not exist. Never throws for bad content: bad lines are skipped and reported. */
export async function readJournal<T>(file: string, parse: ParseEntry<T>): Promise<JournalRead<T> | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  const validLength = bytes.lastIndexOf(NEWLINE) + 1;
  const entries: T[] = [];
  const problems: string[] = [];
  const lines = bytes.subarray(0, validLength).toString("utf8").split("\n").slice(0, -1);
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      problems.push(`${file}:${i + 1}: not JSON (${error instanceof Error ? error.message : String(error)}); line skipped`);
      return;
    }
    const parsed = parse(value);
    if (parsed.ok) entries.push(parsed.entry);
    else problems.push(`${file}:${i + 1}: ${parsed.reason}; line skipped`);
  });
  if (validLength < bytes.length) {
    problems.push(`${file}:${lines.length + 1}: an unfinished last line (${bytes.length - validLength} bytes, a write cut short by a crash) was ignored`);
  }
  return { entries, problems };
}

/** Makes a new file's name itself durable: fsync of its folder (not possible on Windows, where it is not needed). */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, "r").catch(() => undefined);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // Some platforms refuse fsync on a directory; the file's own fsync is all they offer.
  } finally {
    await handle.close();
  }
}

/** One line of JSON per entry. */
function linesOf(entries: readonly unknown[]): string {
  return entries.map((e) => `${JSON.stringify(e)}\n`).join("");
}

/** Creates `file` with `entries`, fsync'ed; rejects with EEXIST when it already exists (never overwrites). */
export async function createJournal(file: string, entries: readonly unknown[]): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const handle = await open(file, "wx");
  try {
    await handle.writeFile(linesOf(entries));
    await handle.sync();
  } finally {
    await handle.close();
  }
  await syncFolder(path.dirname(file));
}

/** The length of the file up to and including its last newline (0 when it has none), read backwards from `size`. */
async function wholeLinesLength(handle: FileHandle, size: number): Promise<number> {
  const chunk = Buffer.alloc(64 * 1024);
  for (let end = size; end > 0; ) {
    const start = Math.max(0, end - chunk.length);
    const { bytesRead } = await handle.read(chunk, 0, end - start, start);
    const at = chunk.subarray(0, bytesRead).lastIndexOf(NEWLINE);
    if (at >= 0) return start + at + 1;
    end = start;
  }
  return 0;
}

/**
 * Appends `entries` to `file` (created when missing) and resolves once they are on disk. A torn
 * last line left by a crash is cut off first: it was never confirmed, and gluing a new line onto
 * it would make both unreadable.
 */
export async function appendJournal(file: string, entries: readonly unknown[]): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const handle = await open(file, "a+");
  let created = false;
  try {
    const { size } = await handle.stat();
    created = size === 0;
    const whole = size === 0 ? 0 : await wholeLinesLength(handle, size);
    if (whole < size) await handle.truncate(whole);
    // One write of whole lines: with O_APPEND it lands at the end of the file.
    await handle.writeFile(linesOf(entries));
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (created) await syncFolder(path.dirname(file));
}
