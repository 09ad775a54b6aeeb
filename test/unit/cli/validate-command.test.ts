import { rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../../main/cli";
import { capturedIo } from "../../fakes/captured-io";
import { edit, embeddedFiles, writeWorkspace } from "../../fakes/workspace-files";

const PROBLEM_LINE = /^(.+):(\d+):(\d+): (\S.*?): (.+)$/;
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe("oncall-desk validate", () => {
  it("accepts the embedded workspace with a one-line summary and exit 0", async () => {
    const io = capturedIo();
    expect(await runCli(["validate"], io)).toBe(0);
    const lines = io.stdout().trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^ok: .*4 engineers, 5 pipelines, 5 runbooks, 9 risks/);
  });

  it("prints one FILE:LINE:COL line per problem and exits 1", async () => {
    let files = await embeddedFiles();
    files = edit(files, "workspace.yaml", "owners: { primary: alex, secondary: sarah }", "owners: { primary: alx, secondary: sarah }");
    files = edit(files, "workspace.yaml", "timezone: America/New_York", "timezone: Nowhere/Land");
    const dir = await writeWorkspace(files);
    dirs.push(dir);
    const io = capturedIo();
    expect(await runCli(["validate", "--workspace", dir], io)).toBe(1);
    const lines = io.stdout().trim().split("\n");
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      const m = PROBLEM_LINE.exec(line);
      expect(m, line).not.toBeNull();
      expect(m![1]).toBe(path.join(dir, "workspace.yaml"));
    }
    expect(io.stderr()).toMatch(/2 problems/);
    expect(io.stdout() + io.stderr()).not.toMatch(/\n\s+at /);
  });

  it("treats a folder that is not a workspace as a problem, not a crash", async () => {
    const dir = await writeWorkspace({ workspaceYaml: undefined, risksYaml: undefined, runbooks: {} });
    dirs.push(dir);
    const io = capturedIo();
    expect(await runCli(["validate", "--workspace", dir], io)).toBe(1);
    expect(io.stdout()).toMatch(/workspace\.yaml:1:1: .*missing/);
  });

  it("rejects unknown flags and commands with exit 2", async () => {
    const io = capturedIo();
    expect(await runCli(["validate", "--bogus"], io)).toBe(2);
    expect(io.stderr()).toMatch(/unknown option "--bogus"/);
    expect(await runCli(["frobnicate"], capturedIo())).toBe(2);
  });

});
