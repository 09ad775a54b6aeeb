import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fileChangedAt } from "../../../main/services/workspace/file-changed-at";

function git(cwd: string, args: string[], date?: string) {
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@x", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@x" };
  execFileSync("git", args, { cwd, env, stdio: "ignore" });
}

describe("fileChangedAt", () => {
  it("takes the file's modification time outside a git checkout", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ocd-mtime-"));
    mkdirSync(path.join(dir, "runbooks"));
    writeFileSync(path.join(dir, "runbooks", "a.md"), "# A\n");
    utimesSync(path.join(dir, "runbooks", "a.md"), new Date("2026-10-01T12:00:00Z"), new Date("2026-10-01T12:00:00Z"));
    expect(await fileChangedAt(dir, "runbooks/a.md")).toEqual({ at: "2026-10-01T12:00:00.000Z", from: "mtime" });
  });

  it("takes the last commit of that file in a git checkout, not the checkout time", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ocd-git-"));
    mkdirSync(path.join(dir, "runbooks"));
    git(dir, ["init", "-q"]);
    writeFileSync(path.join(dir, "runbooks", "a.md"), "# A\n");
    writeFileSync(path.join(dir, "runbooks", "b.md"), "# B\n");
    git(dir, ["add", "."]);
    git(dir, ["commit", "-qm", "both"], "2026-09-01T10:00:00-04:00");
    writeFileSync(path.join(dir, "runbooks", "b.md"), "# B, revised\n");
    git(dir, ["commit", "-qam", "b again"], "2026-11-15T09:30:00-05:00");
    expect(await fileChangedAt(dir, "runbooks/a.md")).toEqual({ at: "2026-09-01T10:00:00-04:00", from: "git" });
    expect(await fileChangedAt(dir, "runbooks/b.md")).toEqual({ at: "2026-11-15T09:30:00-05:00", from: "git" });
  });

  it("takes the file's time when it has uncommitted edits, and says null for a missing file", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ocd-dirty-"));
    git(dir, ["init", "-q"]);
    writeFileSync(path.join(dir, "a.md"), "# A\n");
    git(dir, ["add", "."]);
    git(dir, ["commit", "-qm", "a"], "2026-09-01T10:00:00Z");
    writeFileSync(path.join(dir, "a.md"), "# A edited\n");
    utimesSync(path.join(dir, "a.md"), new Date("2026-12-01T08:00:00Z"), new Date("2026-12-01T08:00:00Z"));
    expect(await fileChangedAt(dir, "a.md")).toEqual({ at: "2026-12-01T08:00:00.000Z", from: "mtime" });
    expect(await fileChangedAt(dir, "missing.md")).toBeNull();
  });
});
