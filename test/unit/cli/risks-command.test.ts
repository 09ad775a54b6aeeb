import { utimes } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../../main/cli";
import { capturedIo } from "../../fakes/captured-io";
import { embeddedFiles, writeWorkspace } from "../../fakes/workspace-files";

// A copy of the embedded workspace outside any git checkout, so runbook ages are the files' own times.
let dir: string;
beforeAll(async () => {
  dir = await writeWorkspace(await embeddedFiles());
  for (const name of ["unit_profit", "aggregate_profit", "aggregate_growth", "aggregate_engagement"]) {
    await utimes(path.join(dir, "runbooks", `${name}.md`), new Date("2026-12-01T12:00:00Z"), new Date("2026-12-01T12:00:00Z"));
  }
  await utimes(path.join(dir, "runbooks", "daily_growth.md"), new Date("2026-10-01T12:00:00Z"), new Date("2026-10-01T12:00:00Z"));
});

async function risks(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = capturedIo();
  const code = await runCli(["risks", "--workspace", dir, ...args], io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe("oncall-desk risks", () => {
  it("--json prints {at, risks: [...], signals: [...]} with scores, levels and the signals bearing on each risk", async () => {
    const { code, out } = await risks("--at", "2026-12-20", "--json");
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(Object.keys(doc)).toEqual(["at", "risks", "signals"]);
    expect(doc.at).toBe("2026-12-20T00:00:00-05:00");
    expect(doc.risks).toHaveLength(9);
    expect(Object.keys(doc.risks[0])).toEqual(["id", "title", "category", "likelihood", "impact", "score", "level", "owner", "pipelines", "lastReviewed", "reviewOverdue", "signals"]);
    expect(doc.risks[0]).toMatchObject({ id: "data-source-failures", likelihood: 4, impact: 4, score: 16, level: "critical", owner: "mike", lastReviewed: "2026-11-02", reviewOverdue: false, signals: [] });
    // Christmas and New Year leave Alex alone; Daily Growth's runbook has not changed since Oct 1.
    expect(doc.signals.map((s: { kind: string }) => s.kind)).toEqual(["single-senior-holiday", "single-senior-holiday", "runbook-stale"]);
    expect(doc.signals[2]).toMatchObject({ pipelines: ["daily_growth"], from: "2026-11-01T08:00:00-05:00", until: null, riskIds: ["team-availability", "knowledge-silos", "tool-dependencies"] });
    expect(doc.signals[2].text).toMatch(/\(the file's modification time; it is not committed\), 79 days ago: more than 31 days/);
    const silos = doc.risks.find((r: { id: string }) => r.id === "knowledge-silos");
    expect(silos.signals.map((s: { kind: string }) => s.kind)).toEqual(["single-senior-holiday", "single-senior-holiday", "runbook-stale"]);
  });

  it("prints the signals, then the register by score with overdue reviews flagged", async () => {
    const { code, out } = await risks("--at", "2027-01-20");
    expect(code).toBe(0);
    const lines = out.trimEnd().split("\n");
    // By Jan 20 every runbook is more than 31 days old (four changed Dec 1, one Oct 1).
    expect(lines[0]).toBe("Risk register at Wed 2027-01-20 00:00 EST: 9 risks, 5 live signals");
    expect(lines.slice(1, 6).every((l) => /^ {2}! runbook-stale {9}The runbook of /.test(l))).toBe(true);
    expect(lines[1]).toMatch(/The runbook of Daily Growth .* 110 days ago/);
    expect(lines[6]).toBe("  (sources not read: add --with-status for source-down and sla-below-target)");
    expect(lines[8]).toMatch(/^score\s+level\s+L×I\s+category\s+owner\s+reviewed \(every 90d\)\s+signals\s+risk$/);
    expect(lines[9]).toMatch(/^16\s+critical\s+4×4\s+technical\s+mike\s+2026-11-02\s+Data source failures$/);
    // Reviewed 2026-10-15: more than 90 days before Jan 20. Tool dependencies is linked to the two growth pipelines, so two stale runbooks bear on it.
    expect(lines.find((l) => l.endsWith("Regulatory compliance"))).toMatch(/2026-10-15 OVERDUE/);
    expect(lines.find((l) => l.endsWith("Tool dependencies"))).toMatch(/2026-10-15 OVERDUE\s+2\s+Tool dependencies$/);
  });

  it("--with-status reads the sources once and adds the SLA signals of the last 7 days", async () => {
    const { code, out } = await risks("--at", "2026-11-25T09:00", "--with-status", "--json");
    expect(code).toBe(0);
    const sla = JSON.parse(out).signals.filter((s: { kind: string }) => s.kind === "sla-below-target");
    expect(sla.length).toBeGreaterThan(0);
    for (const s of sla) expect(s).toMatchObject({ pipelines: [expect.any(String)], riskIds: expect.arrayContaining(["sla-violations"]) });
    const text = await risks("--at", "2026-11-25T09:00", "--with-status");
    expect(text.out).toMatch(/live signals \(demo data is simulated\)/);
    expect(text.out).not.toMatch(/sources not read/);
  });

  it("is listed by help, has its own usage, and refuses an unknown flag", async () => {
    const help = capturedIo();
    await runCli(["help"], help);
    expect(help.stdout()).toMatch(/^ {2}risks +the risk register/m);
    const usage = capturedIo();
    expect(await runCli(["risks", "--help"], usage)).toBe(0);
    expect(usage.stdout()).toMatch(/risks \[--at ISO\] \[--json\] \[--with-status\]/);
    expect((await risks("--sort", "score")).code).toBe(2);
  });
});
