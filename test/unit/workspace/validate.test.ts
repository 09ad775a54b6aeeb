import { beforeAll, describe, expect, it } from "vitest";
import { parseWorkspace, type WorkspaceFiles } from "../../../shared/domain/parse-workspace";
import type { WorkspaceProblem } from "../../../shared/domain/workspace";
import { edit, embeddedFiles, positionOf } from "../../fakes/workspace-files";

let base: WorkspaceFiles;
beforeAll(async () => {
  base = await embeddedFiles();
});

function problemsOf(files: WorkspaceFiles): WorkspaceProblem[] {
  const result = parseWorkspace(files);
  if (result.ok) throw new Error("expected problems, the workspace validated");
  return result.problems;
}

function textOf(files: WorkspaceFiles, file: string): string {
  return file === "workspace.yaml" ? files.workspaceYaml! : file === "risks.yaml" ? files.risksYaml! : files.runbooks[file.replace("runbooks/", "")]!;
}

describe("the embedded default workspace", () => {
  it("validates, with everything the seed states", () => {
    const result = parseWorkspace(base);
    if (!result.ok) throw new Error(result.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join("\n"));
    const ws = result.workspace;
    expect(ws.team.map((e) => [e.id, e.level])).toEqual([["alex", "senior"], ["sarah", "mid"], ["mike", "mid"], ["lisa", "junior"]]);
    expect(ws.pipelines).toHaveLength(5);
    expect(Object.keys(ws.runbooks).sort()).toEqual(ws.pipelines.map((p) => p.id).sort());
    for (const runbook of Object.values(ws.runbooks)) expect(runbook.steps.length).toBeGreaterThanOrEqual(4);
    expect(ws.risks).toHaveLength(9);
    expect(new Set(ws.risks.map((r) => r.category))).toEqual(new Set(["technical", "business", "operational"]));
    expect(ws.pipelines.every((p) => p.source.id === "demo")).toBe(true);
    expect(ws.timezone).toBe("America/New_York");
  });

  it("has the seed's owners, SLAs and schedules", () => {
    const result = parseWorkspace(base);
    if (!result.ok) throw new Error("invalid");
    const byName = Object.fromEntries(result.workspace.pipelines.map((p) => [p.name, p]));
    expect(byName["Unit-level Profit"]).toMatchObject({ sla: "4h", owners: { primary: "sarah", secondary: "mike" }, impact: "medium" });
    expect(byName["Aggregate Profit"]).toMatchObject({ sla: "2h", schedule: "0 6 * * *", owners: { primary: "alex", secondary: "sarah" }, impact: "high" });
    expect(byName["Aggregate Growth"]).toMatchObject({ sla: "3h", schedule: "0 7 * * *", owners: { primary: "mike", secondary: "alex" } });
    expect(byName["Daily Growth"]).toMatchObject({ sla: "6h", owners: { primary: "lisa", secondary: "sarah" } });
    expect(byName["Aggregate Engagement"]).toMatchObject({ sla: "2h", schedule: "0 8 * * *", owners: { primary: "alex", secondary: "mike" } });
  });
});

// Each case breaks one thing; the problem must name the right file, line, path and reason.
// `at` is the text whose position the problem must point at, looked up in the broken file.
const cases: { name: string; file: string; from: string; to: string; at: string; anchor?: string; path: string; message: RegExp }[] = [
  { name: "YAML syntax error", file: "workspace.yaml", from: "    name: Alex Chen", to: "   name: Alex Chen", at: "   name: Alex Chen", path: "", message: /YAML syntax error/ },
  { name: "duplicate YAML key", file: "workspace.yaml", from: "  mttr: 2h\n", to: "  mttr: 2h\n  mttr: 3h\n", at: "mttr: 3h", path: "", message: /keys must be unique/ },
  { name: "unknown key with did-you-mean", file: "workspace.yaml", from: "    level: junior", to: "    levle: junior", at: "levle", path: "team[3].levle", message: /unknown key "levle" \(did you mean "level"\?\)/ },
  { name: "unknown key in a pipeline", file: "workspace.yaml", from: "    volume: 1GB/day", to: "    volum: 1GB/day", at: "volum:", path: "pipelines[1].volum", message: /unknown key "volum" \(did you mean "volume"\?\)/ },
  { name: "unknown key in a pipeline's source", file: "workspace.yaml", from: "source: { id: demo, dag_id: aggregate_profit }", to: "source: { id: demo, dagid: aggregate_profit }", at: "dagid:", path: "pipelines[1].source.dagid", message: /unknown key "dagid" \(did you mean "dag_id"\?\)/ },
  { name: "wrong type", file: "workspace.yaml", from: "inputs: [Unit-level profit pipeline, Financial systems]", to: "inputs: Unit-level profit pipeline", at: "Unit-level profit pipeline\n", path: "pipelines[1].inputs", message: /expected array, got string/ },
  { name: "bad enum", file: "workspace.yaml", from: "area: engagement", to: "area: engagment", at: "engagment", path: "pipelines[4].area", message: /expected "profit" \| "growth" \| "engagement", got "engagment"/ },
  { name: "unknown source kind", file: "workspace.yaml", from: "{ id: demo, kind: demo }", to: "{ id: demo, kind: demoo }", at: "demoo", path: "sources[0].kind", message: /got "demoo" \(did you mean "demo"\?\)/ },
  { name: "duplicate id", file: "workspace.yaml", from: "  - id: daily_growth", to: "  - id: unit_profit", at: "unit_profit", anchor: "unit_profit\n    name: Daily", path: "pipelines[3].id", message: /duplicate id "unit_profit" \(first used at pipelines\[0\]\)/ },
  { name: "unknown engineer", file: "workspace.yaml", from: "owners: { primary: alex, secondary: sarah }", to: "owners: { primary: alx, secondary: sarah }", at: "alx", path: "pipelines[1].owners.primary", message: /unknown engineer "alx" \(did you mean "alex"\?\)/ },
  { name: "unknown engineer in rotation", file: "workspace.yaml", from: "order: [alex, sarah, mike, lisa]", to: "order: [alex, sarah, mike, lsa]", at: "lsa", path: "rotation.order[3]", message: /unknown engineer "lsa"/ },
  { name: "unknown source", file: "workspace.yaml", from: "source: { id: demo, dag_id: aggregate_growth }", to: "source: { id: dem, dag_id: aggregate_growth }", at: "dem,", path: "pipelines[2].source.id", message: /unknown source "dem" \(did you mean "demo"\?\)/ },
  { name: "unknown pipeline in risks", file: "risks.yaml", from: "pipelines: [aggregate_growth, daily_growth]", to: "pipelines: [aggregate_growth, daily_grow]", at: "daily_grow]", path: "risks[8].pipelines[1]", message: /unknown pipeline "daily_grow" \(did you mean "daily_growth"\?\)/ },
  { name: "unknown risk owner", file: "risks.yaml", from: "owner: lisa", to: "owner: lissa", at: "lissa", path: "risks[7].owner", message: /unknown engineer "lissa"/ },
  { name: "primary is secondary", file: "workspace.yaml", from: "owners: { primary: mike, secondary: alex }", to: "owners: { primary: mike, secondary: mike }", at: "mike }", anchor: "primary: mike, secondary: mike }", path: "pipelines[2].owners.secondary", message: /secondary owner is the primary owner/ },
  { name: "invalid cron", file: "workspace.yaml", from: 'schedule: "0 7 * * *"', to: 'schedule: "0 25 * * *"', at: '"0 25', path: "pipelines[2].schedule", message: /invalid cron "0 25 \* \* \*"/ },
  { name: "invalid duration", file: "workspace.yaml", from: "sla: 3h", to: "sla: 3 hours", at: "3 hours", path: "pipelines[2].sla", message: /invalid duration/ },
  { name: "invalid duration in escalation", file: "workspace.yaml", from: "ack_timeout: 15m", to: "ack_timeout: soon", at: "soon", path: "escalation.ack_timeout", message: /invalid duration/ },
  { name: "unknown timezone", file: "workspace.yaml", from: "timezone: America/New_York", to: "timezone: America/New_Yrok", at: "America/New_Yrok", path: "timezone", message: /unknown timezone "America\/New_Yrok" \(did you mean "America\/New_York"\?\)/ },
  { name: "shifts with a gap", file: "workspace.yaml", from: '{ name: evening, start: "17:00", end: "01:00" }', to: '{ name: evening, start: "17:00", end: "00:00" }', at: '"00:00"', path: "rotation.shifts[1].end", message: /gap of 1h/ },
  { name: "shifts that overlap", file: "workspace.yaml", from: '{ name: evening, start: "17:00", end: "01:00" }', to: '{ name: evening, start: "17:00", end: "02:00" }', at: '"02:00"', path: "rotation.shifts[1].end", message: /overlap of 1h/ },
  { name: "score out of range", file: "risks.yaml", from: "score: { likelihood: 2, impact: 3 }", to: "score: { likelihood: 2, impact: 7 }", at: "7 }", path: "risks[8].score.impact", message: /scores run from 1 to 5/ },
  { name: "score of the wrong type", file: "risks.yaml", from: "score: { likelihood: 4, impact: 4 }", to: 'score: { likelihood: "high", impact: 4 }', at: '"high"', path: "risks[0].score.likelihood", message: /expected number, got string/ },
  { name: "ineligible holiday group", file: "workspace.yaml", from: "eligible: [senior] }\n  - { name: New Year", to: "eligible: [seniors] }\n  - { name: New Year", at: "seniors", path: "holidays[0].eligible[0]", message: /neither a level .* \(did you mean "senior"\?\)/ },
  { name: "bad holiday rule", file: "workspace.yaml", from: '"4th thursday in november"', to: '"fourth thursday of november"', at: '"fourth', path: "holidays[2].rule", message: /expected a rule like/ },
  { name: "review interval not in whole days", file: "workspace.yaml", from: "review_interval: 90d", to: "review_interval: 36h", at: "36h", path: "risk_settings.review_interval", message: /expected a whole number of days \(e\.g\. 90d, 12w\)/ },
  { name: "runbook age that is no duration", file: "workspace.yaml", from: "runbook_max_age: 31d", to: "runbook_max_age: monthly", at: "monthly", anchor: "runbook_max_age: monthly", path: "risk_settings.runbook_max_age", message: /invalid duration/ },
  { name: "silo share that is no percentage", file: "workspace.yaml", from: "silo_share: 40%", to: "silo_share: 140%", at: "140%", path: "risk_settings.silo_share", message: /invalid percentage/ },
  { name: "link host written as a URL", file: "workspace.yaml", from: "timezone: America/New_York", to: "link_hosts: [https://wiki.example.com]\ntimezone: America/New_York", at: "https://wiki.example.com", path: "link_hosts[0]", message: /expected a host name such as "wiki\.example\.com" \(no scheme, port or path\)/ },
  { name: "unknown risk setting", file: "workspace.yaml", from: "silo_share: 40%", to: "silo_shares: 40%", at: "silo_shares", path: "risk_settings.silo_shares", message: /unknown key "silo_shares" \(did you mean "silo_share"\?\)/ },
  { name: "runbook with no steps", file: "runbooks/daily_growth.md", from: "1. Check marketing data availability\n2. Verify user activity data completeness\n3. Review campaign attribution logic\n4. Validate growth metric calculations", to: "- Ask around", at: "## Troubleshooting", path: "## Troubleshooting", message: /no checklist steps/ },
];

describe("validate pinpoints each problem", () => {
  for (const c of cases) {
    it(c.name, () => {
      const broken = edit(base, c.file, c.from, c.to);
      const problems = problemsOf(broken);
      const expected = positionOf(textOf(broken, c.file), c.at, c.anchor);
      const hit = problems.find((p) => p.file === c.file && c.message.test(p.message));
      expect(hit, `problems were:\n${problems.map((p) => `${p.file}:${p.line}:${p.col}: ${p.path}: ${p.message}`).join("\n")}`).toBeDefined();
      expect(hit!.line).toBe(expected.line);
      if (c.path !== "") expect(hit!.col).toBe(expected.col);
      expect(hit!.path).toEqual(c.path);
    });
  }

  it("a pipeline without a runbook points at the pipeline", () => {
    const { "aggregate_growth.md": _dropped, ...runbooks } = base.runbooks;
    const problems = problemsOf({ ...base, runbooks });
    const hit = problems.find((p) => /has no runbook: add runbooks\/aggregate_growth\.md/.test(p.message));
    expect(hit).toMatchObject({ file: "workspace.yaml", path: "pipelines[2].id", ...positionOf(base.workspaceYaml!, "aggregate_growth\n") });
  });

  it("a runbook without a pipeline points at the runbook", () => {
    const problems = problemsOf({ ...base, runbooks: { ...base.runbooks, "unit_proft.md": base.runbooks["unit_profit.md"]! } });
    expect(problems).toContainEqual(expect.objectContaining({ file: "runbooks/unit_proft.md", line: 1, message: expect.stringMatching(/unknown pipeline "unit_proft" \(did you mean "unit_profit"\?\)/) }));
  });

  it("a missing workspace.yaml and an empty one are problems, not crashes", () => {
    expect(problemsOf({ ...base, workspaceYaml: undefined })[0]!.message).toMatch(/workspace\.yaml is missing/);
    expect(problemsOf({ ...base, workspaceYaml: "" })[0]!.message).toMatch(/empty/);
    expect(problemsOf({ ...base, workspaceYaml: "- just\n- a list\n" })[0]!.message).toMatch(/expected object/);
  });

  it("reports every problem of a file at once, sorted by position", () => {
    let broken = edit(base, "workspace.yaml", "owners: { primary: alex, secondary: sarah }", "owners: { primary: alx, secondary: sarah }");
    broken = edit(broken, "workspace.yaml", "timezone: America/New_York", "timezone: Mars/Olympus");
    const problems = problemsOf(broken).filter((p) => p.file === "workspace.yaml");
    expect(problems.map((p) => p.path)).toEqual(["timezone", "pipelines[1].owners.primary"]);
  });
});
