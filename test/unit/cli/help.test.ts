import { describe, expect, it } from "vitest";
import { runCli } from "../../../main/cli";
import { COMMANDS } from "../../../main/cli/commands";
import { HELP_COLUMNS, wrap } from "../../../main/cli/help";
import { capturedIo } from "../../fakes/captured-io";
import packageJson from "../../../package.json" with { type: "json" };

async function run(...argv: string[]) {
  const io = capturedIo();
  const code = await runCli(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

function widest(text: string): number {
  return Math.max(...text.split("\n").map((line) => line.length));
}

describe("oncall-desk help", () => {
  it("lists every command of the table, within 100 columns", async () => {
    const { code, out } = await run("help");
    expect(code).toBe(0);
    for (const c of COMMANDS) expect(out).toMatch(new RegExp(`^  ${c.name} +\\S`, "m"));
    expect(widest(out)).toBeLessThanOrEqual(HELP_COLUMNS);
    expect((await run("--help")).out).toBe(out);
  });

  it("bare oncall-desk shows the list but is a usage mistake (exit 2)", async () => {
    const { code, out } = await run();
    expect(code).toBe(2);
    expect(out).toMatch(/^Commands:$/m);
  });

  it.each(COMMANDS.map((c) => [c.name, c] as const))("%s --help and help %s print its usage, within 100 columns, exit 0", async (name, command) => {
    const viaFlag = await run(name, "--help");
    expect(viaFlag.code).toBe(0);
    expect(viaFlag.err).toBe("");
    expect(viaFlag.out.replace(/\n +/g, " ")).toContain(`Usage: oncall-desk ${command.usage}`);
    expect(widest(viaFlag.out)).toBeLessThanOrEqual(HELP_COLUMNS);
    expect(await run("help", name)).toEqual(viaFlag);
    expect((await run(name, "-h")).out).toBe(viaFlag.out);
  });

  it("--help wins over other arguments, but not after --", async () => {
    expect((await run("escalation", "nope", "--help")).code).toBe(0);
    const after = await run("validate", "--", "--help");
    expect(after.code).toBe(2);
  });

  it("--version prints the package's version", async () => {
    expect(await run("--version")).toEqual({ code: 0, out: `oncall-desk ${packageJson.version}\n`, err: "" });
  });

  it("suggests the command meant, and the flag meant", async () => {
    const command = await run("stauts");
    expect(command.code).toBe(2);
    expect(command.err).toBe('oncall-desk: unknown command "stauts" (did you mean "status"?). Run "oncall-desk help" for the list.\n');
    expect((await run("help", "shedule")).err).toMatch(/did you mean "schedule"/);
    expect((await run("frobnicate")).err).not.toMatch(/did you mean/);
    const flag = await run("status", "--wrokspace", "x");
    expect(flag.code).toBe(2);
    expect(flag.err.split("\n")[0]).toBe('oncall-desk status: unknown option "--wrokspace" (did you mean "--workspace"?)');
    expect((await run("schedule", "--engineers", "alex")).err).toMatch(/did you mean "--engineer"/);
  });
});

describe("wrap", () => {
  it("breaks at spaces within the width, with a hanging indent after the prefix", () => {
    expect(wrap("aaa bbb ccc ddd", "> ", 10)).toBe("> aaa bbb\n  ccc ddd");
    expect(wrap("a-word-longer-than-the-line x", "", 8)).toBe("a-word-longer-than-the-line\nx");
  });
});
