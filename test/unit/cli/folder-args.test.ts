import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../../main/cli";
import { COMMANDS } from "../../../main/cli/commands";
import { capturedIo } from "../../fakes/captured-io";

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "ocd-folders-"));
  await mkdir(path.join(root, "empty"));
  await writeFile(path.join(root, "workspace.yaml"), "version: 1\n");
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function firstLine(...argv: string[]) {
  const io = capturedIo({ XDG_CONFIG_HOME: path.join(root, "config") });
  const code = await runCli(argv, io);
  return { code, line: io.stderr().split("\n")[0], out: io.stdout() };
}

describe("--workspace and --state name folders", () => {
  it.each(COMMANDS.map((c) => c.name))("%s: a missing --workspace folder does not exist (exit 2, one line, nothing on stdout)", async (name) => {
    const missing = path.join(root, "nope");
    // Commands with a required first argument get one, so the folder check is what answers.
    const first: Record<string, string> = { escalation: "aggregate_profit", incident: "list" };
    const args = first[name] ? [name, first[name]] : [name];
    const { code, line, out } = await firstLine(...args, "--workspace", missing);
    expect(code).toBe(2);
    // A command with sub-commands names the sub-command too ("oncall-desk incident list: …").
    const prefix = name === "incident" ? "incident list" : name;
    expect(line).toBe(`oncall-desk ${prefix}: --workspace ${missing}: the folder does not exist; give the folder that holds workspace.yaml`);
    expect(out).toBe("");
  });

  it("a workspace.yaml given as the folder: its folder is suggested", async () => {
    const file = path.join(root, "workspace.yaml");
    expect(await firstLine("validate", "--workspace", file)).toMatchObject({ code: 2, line: `oncall-desk validate: --workspace ${file}: is a file, not a folder; give its folder, ${root}` });
  });

  it("an empty workspace folder says what a workspace holds and where to copy one from", async () => {
    const { code, line } = await firstLine("now", "--workspace", path.join(root, "empty"));
    expect(code).toBe(2);
    expect(line).toMatch(/--workspace .*empty: the folder is empty; a workspace holds workspace\.yaml, runbooks\/ and risks\.yaml \(to start one, copy .*assets\/workspace\)$/);
  });

  it("--state must exist and be a folder; an empty one is a fresh state folder", async () => {
    const missing = path.join(root, "no-state");
    expect(await firstLine("status", "--state", missing)).toMatchObject({ code: 2, line: `oncall-desk status: --state ${missing}: the folder does not exist; create it first (mkdir -p ${missing}), or leave out --state to use this workspace's own state folder` });
    const file = path.join(root, "workspace.yaml");
    expect((await firstLine("kpis", "--state", file)).line).toBe(`oncall-desk kpis: --state ${file}: is a file, not a folder; --state names the folder that keeps alerts.json`);
    const fresh = await firstLine("status", "--once", "--json", "--state", path.join(root, "empty"));
    expect([0, 2, 3]).toContain(fresh.code);
    expect(JSON.parse(fresh.out).pipelines).toHaveLength(5);
  });
});
