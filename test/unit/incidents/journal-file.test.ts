import { appendFile, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { appendJournal, createJournal, readJournal, type ParseEntry } from "../../../main/services/incidents/journal-file";

const numbers: ParseEntry<number> = (value) => (typeof value === "number" ? { ok: true, entry: value } : { ok: false, reason: "not a number" });
const tempFile = async () => path.join(await mkdtemp(path.join(tmpdir(), "ocd-journal-")), "sub", "j.jsonl");

describe("an append-only journal file", () => {
  it("creates the folder, appends whole lines and reads them back in order", async () => {
    const file = await tempFile();
    expect(await readJournal(file, numbers)).toBeUndefined();
    await appendJournal(file, [1, 2]);
    await appendJournal(file, [3]);
    expect(await readFile(file, "utf8")).toBe("1\n2\n3\n");
    expect(await readJournal(file, numbers)).toEqual({ entries: [1, 2, 3], problems: [] });
  });

  it("never overwrites an existing journal on create", async () => {
    const file = await tempFile();
    await createJournal(file, [1]);
    await expect(createJournal(file, [2])).rejects.toMatchObject({ code: "EEXIST" });
    expect(await readFile(file, "utf8")).toBe("1\n");
  });

  it("ignores and reports a torn last line, and the next append cuts it off instead of gluing onto it", async () => {
    const file = await tempFile();
    await appendJournal(file, [1, 2]);
    await appendFile(file, '{"half": tr');
    const torn = await readJournal(file, numbers);
    expect(torn?.entries).toEqual([1, 2]);
    expect(torn?.problems).toEqual([`${file}:3: an unfinished last line (11 bytes, a write cut short by a crash) was ignored`]);
    await appendJournal(file, [3]);
    expect(await readFile(file, "utf8")).toBe("1\n2\n3\n");
    expect(await readJournal(file, numbers)).toEqual({ entries: [1, 2, 3], problems: [] });
  });

  it("cuts a torn line longer than its read-back chunk", async () => {
    const file = await tempFile();
    await appendJournal(file, [1]);
    await appendFile(file, `"${"x".repeat(200_000)}`);
    await appendJournal(file, [2]);
    expect(await readFile(file, "utf8")).toBe("1\n2\n");
    // A journal that is nothing but a torn line is cut to nothing.
    const lone = await tempFile();
    await appendJournal(lone, []);
    await writeFile(lone, '{"torn');
    await appendJournal(lone, [7]);
    expect(await readFile(lone, "utf8")).toBe("7\n");
  });

  it("skips and reports complete lines that do not read, with their line numbers", async () => {
    const file = await tempFile();
    await appendJournal(file, [1]);
    await appendFile(file, "{oops}\n\"text\"\n\n4\n");
    const read = await readJournal(file, numbers);
    expect(read?.entries).toEqual([1, 4]);
    expect(read?.problems).toHaveLength(2);
    expect(read?.problems[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:2: not JSON \\(`));
    expect(read?.problems[1]).toBe(`${file}:3: not a number; line skipped`);
  });
});
