import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const BIN = path.resolve("main/bin/oncall-desk.mjs");
const BUNDLE = path.resolve("out/cli/oncall-desk.cjs");
const EMBEDDED = path.resolve("assets/workspace");
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function run(bin: string, args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], { timeout: 60_000, env: { ...process.env, OCD_CLI_FROM_SOURCE: "", ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("the oncall-desk bin", () => {
  beforeAll(async () => {
    // The bundle `prepare` builds at install, rebuilt so it is this code's.
    await promisify(execFile)(process.execPath, [path.resolve("main/bin/build-cli.mjs")], { timeout: 60_000 });
  }, 60_000);

  it("runs the bundle built at install, which finds the embedded workspace beside the sources", async () => {
    expect((await stat(BUNDLE)).isFile()).toBe(true);
    const { code, stdout } = await run(BIN, ["validate"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^ok: ${EMBEDDED}: 4 engineers, 5 pipelines`));
    expect((await run(BIN, ["--version"])).stdout).toMatch(/^oncall-desk \d+\.\d+\.\d+\n$/);
  });

  it("keeps V8's code cache beside the bundle, and a cache that does not fit is replaced, not trusted", async () => {
    const [cache] = (await readdir(path.dirname(BUNDLE))).filter((f) => f.startsWith(".v8-cache-"));
    expect(cache, "the build's warm-up run writes the cache").toBeDefined();
    // A copy of the bin and the bundle, so spoiling the cache leaves the real one as the build made it.
    const tree = await mkdtemp(path.join(tmpdir(), "ocd-cache-"));
    dirs.push(tree);
    await mkdir(path.join(tree, "main/bin"), { recursive: true });
    await mkdir(path.join(tree, "out/cli"), { recursive: true });
    await copyFile(BIN, path.join(tree, "main/bin/oncall-desk.mjs"));
    await copyFile(BUNDLE, path.join(tree, "out/cli/oncall-desk.cjs"));
    const args = ["now", "--at", "2026-07-04T12:00", "--json", "--workspace", EMBEDDED];
    const expected = (await run(BIN, args)).stdout;
    await writeFile(path.join(tree, "out/cli", cache!), "not a code cache");
    expect(await run(path.join(tree, "main/bin/oncall-desk.mjs"), args)).toEqual({ code: 0, stdout: expected, stderr: "" });
    expect((await stat(path.join(tree, "out/cli", cache!))).size).toBeGreaterThan(100_000);
  });

  it("runs from source through tsx when asked to (OCD_CLI_FROM_SOURCE=1), with the same answers", async () => {
    const bundled = await run(BIN, ["now", "--at", "2026-12-25T10:00", "--json"]);
    const fromSource = await run(BIN, ["now", "--at", "2026-12-25T10:00", "--json"], { OCD_CLI_FROM_SOURCE: "1" });
    expect(fromSource.code).toBe(0);
    expect(fromSource.stdout).toBe(bundled.stdout);
    expect(JSON.parse(fromSource.stdout).holiday).toBe("Christmas");
  });

  it("says in one line what to do when there is neither a bundle nor tsx", async () => {
    const tree = await mkdtemp(path.join(tmpdir(), "ocd-bare-checkout-"));
    dirs.push(tree);
    await mkdir(path.join(tree, "main/bin"), { recursive: true });
    await copyFile(BIN, path.join(tree, "main/bin/oncall-desk.mjs"));
    const { code, stdout, stderr } = await run(path.join(tree, "main/bin/oncall-desk.mjs"), ["now"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      `oncall-desk: not built (${path.join(tree, "out/cli/oncall-desk.cjs")} is missing) and tsx, which runs it from source, is not installed: run "npm install" in ${tree} (it builds the command line).\n`,
    );
  });
});
