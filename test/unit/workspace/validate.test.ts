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

const DEMO = "  - { id: demo, kind: demo }";
const SHIFTS = '    - { name: day,     start: "09:00", end: "17:00" }\n    - { name: evening, start: "17:00", end: "01:00" }\n    - { name: night,   start: "01:00", end: "09:00" }';

// Each case breaks one thing; the problem must name the right file, line, path and reason.
// `at` is the text whose position the problem must point at, looked up in the broken file.
// `also` lists further edits of the same file, made after the first.
const cases: { name: string; file: string; from: string; to: string; also?: [string, string][]; at: string; anchor?: string; path: string; message: RegExp }[] = [
  { name: "YAML syntax error", file: "workspace.yaml", from: "    name: Alex Chen", to: "   name: Alex Chen", at: "   name: Alex Chen", path: "", message: /YAML syntax error/ },
  { name: "duplicate YAML key", file: "workspace.yaml", from: "  mttr: 2h\n", to: "  mttr: 2h\n  mttr: 3h\n", at: "mttr: 3h", path: "", message: /keys must be unique/ },
  { name: "unknown key with did-you-mean", file: "workspace.yaml", from: "    level: junior", to: "    levle: junior", at: "levle", path: "team[3].levle", message: /unknown key "levle" \(did you mean "level"\?\)/ },
  { name: "unknown key in a pipeline", file: "workspace.yaml", from: "    volume: 1GB/day", to: "    volum: 1GB/day", at: "volum:", path: "pipelines[1].volum", message: /unknown key "volum" \(did you mean "volume"\?\)/ },
  { name: "unknown key in a pipeline's source", file: "workspace.yaml", from: "source: { id: demo, dag_id: aggregate_profit }", to: "source: { id: demo, dagid: aggregate_profit }", at: "dagid:", path: "pipelines[1].source.dagid", message: /unknown key "dagid" \(did you mean "dag_id"\?\)/ },
  { name: "wrong type", file: "workspace.yaml", from: "inputs: [Unit-level profit pipeline, Financial systems]", to: "inputs: Unit-level profit pipeline", at: "Unit-level profit pipeline\n", path: "pipelines[1].inputs", message: /expected array, got string/ },
  { name: "bad enum", file: "workspace.yaml", from: "area: engagement", to: "area: engagment", at: "engagment", path: "pipelines[4].area", message: /expected "profit" \| "growth" \| "engagement", got "engagment"/ },
  { name: "unknown source kind", file: "workspace.yaml", from: "{ id: demo, kind: demo }", to: "{ id: demo, kind: demoo }", at: "demoo", path: "sources[0].kind", message: /^expected one of demo \| airflow \| spark-history \| http-json, got "demoo" \(did you mean "demo"\?\)$/ },
  { name: "duplicate id", file: "workspace.yaml", from: "  - id: daily_growth", to: "  - id: unit_profit", at: "unit_profit", anchor: "unit_profit\n    name: Daily", path: "pipelines[3].id", message: /duplicate id "unit_profit" \(first used at pipelines\[0\]\)/ },
  { name: "duplicate engineer id", file: "workspace.yaml", from: "  - id: lisa", to: "  - id: mike", at: "mike", anchor: "\"+1-555-0103\" }\n  - id: mike", path: "team[3].id", message: /^duplicate id "mike" \(first used at team\[2\]\)$/ },
  { name: "duplicate source id", file: "workspace.yaml", from: DEMO, to: `${DEMO}\n  - { id: demo, kind: demo }`, at: "demo, kind", anchor: "kind: demo }\n  - { id: demo", path: "sources[1].id", message: /^duplicate id "demo" \(first used at sources\[0\]\)$/ },
  { name: "duplicate risk id", file: "risks.yaml", from: "  - id: sla-violations", to: "  - id: data-quality-issues", at: "data-quality-issues", anchor: "Post-incident reviews to prevent recurrence]\n    last_reviewed: 2026-11-02\n\n  - id:", path: "risks[3].id", message: /^duplicate id "data-quality-issues" \(first used at risks\[2\]\)$/ },
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
  // The holiday calendar reads the rule untrimmed, so a space around it must stop here.
  { name: "holiday rule with a space at the end", file: "workspace.yaml", from: '"4th thursday in november"', to: '"4th thursday in november "', at: '"4th thursday', path: "holidays[2].rule", message: /expected a rule like/ },
  { name: "review interval not in whole days", file: "workspace.yaml", from: "review_interval: 90d", to: "review_interval: 36h", at: "36h", path: "risk_settings.review_interval", message: /expected a whole number of days \(e\.g\. 90d, 12w\)/ },
  { name: "runbook age that is no duration", file: "workspace.yaml", from: "runbook_max_age: 31d", to: "runbook_max_age: monthly", at: "monthly", anchor: "runbook_max_age: monthly", path: "risk_settings.runbook_max_age", message: /invalid duration/ },
  { name: "silo share that is no percentage", file: "workspace.yaml", from: "silo_share: 40%", to: "silo_share: 140%", at: "140%", path: "risk_settings.silo_share", message: /invalid percentage/ },
  { name: "link host written as a URL", file: "workspace.yaml", from: "timezone: America/New_York", to: "link_hosts: [https://wiki.example.com]\ntimezone: America/New_York", at: "https://wiki.example.com", path: "link_hosts[0]", message: /expected a host name such as "wiki\.example\.com" \(no scheme, port or path\)/ },
  { name: "unknown risk setting", file: "workspace.yaml", from: "silo_share: 40%", to: "silo_shares: 40%", at: "silo_shares", path: "risk_settings.silo_shares", message: /unknown key "silo_shares" \(did you mean "silo_share"\?\)/ },
  { name: "spark-history pipeline without app_name", file: "workspace.yaml", from: DEMO, to: `${DEMO}\n  - { id: spark, kind: spark-history, url: "http://spark.example.com:18080" }`, also: [["source: { id: demo, dag_id: daily_growth }", "source: { id: spark, dag_id: daily_growth }"]], at: "{ id: spark, dag_id", path: "pipelines[3].source", message: /^source "spark" is spark-history: the pipeline needs source\.app_name$/ },
  { name: "airflow pipeline without dag_id", file: "workspace.yaml", from: DEMO, to: `${DEMO}\n  - { id: af, kind: airflow, url: "https://airflow.example.com", api: v2 }`, also: [["source: { id: demo, dag_id: daily_growth }", "source: { id: af, app_name: daily_growth }"]], at: "{ id: af, app_name", path: "pipelines[3].source", message: /^source "af" is airflow: the pipeline needs source\.dag_id$/ },
  { name: "http-json pipeline without key when runs name their pipeline", file: "workspace.yaml", from: DEMO, to: `${DEMO}\n  - { id: hj, kind: http-json, url: "https://runs.example.com/runs.json", mapping: { runs: runs, pipeline: job, state: status, interval_end: for, states: { success: [ok], failed: [bad] } } }`, also: [["source: { id: demo, dag_id: daily_growth }", "source: { id: hj, dag_id: daily_growth }"]], at: "{ id: hj, dag_id", path: "pipelines[3].source", message: /^source "hj" is http-json: the pipeline needs source\.key$/ },
  { name: "basic auth without password_env", file: "workspace.yaml", from: DEMO, to: `${DEMO}\n  - { id: af, kind: airflow, url: "https://airflow.example.com", api: v2, auth: { kind: basic, username: oncall } }`, at: "{ kind: basic", path: "sources[1].auth", message: /^auth needs password_env: the environment variable that holds the password$/ },
  { name: "token auth without password_env", file: "workspace.yaml", from: DEMO, to: `${DEMO}\n  - { id: af, kind: airflow, url: "https://airflow.example.com", api: v2, auth: { kind: token } }`, at: "{ kind: token", path: "sources[1].auth", message: /^auth needs password_env: the environment variable that holds the token$/ },
  { name: "basic auth without username", file: "workspace.yaml", from: DEMO, to: `${DEMO}\n  - { id: sp, kind: spark-history, url: "http://spark.example.com:18080", auth: { kind: basic, password_env: SPARK_PASSWORD } }`, at: "{ kind: basic", path: "sources[1].auth", message: /^basic auth needs a username$/ },
  { name: "manager who is also an engineer", file: "workspace.yaml", from: "  id: em\n", to: "  id: alex\n", at: "alex\n  name: Engineering", path: "manager.id", message: /^manager id "alex" is also an engineer's id$/ },
  { name: "engineer twice in the rotation order", file: "workspace.yaml", from: "order: [alex, sarah, mike, lisa]", to: "order: [alex, sarah, mike, alex]", at: "alex]", path: "rotation.order[3]", message: /^"alex" is listed twice in the rotation order$/ },
  { name: "rotation order shorter than the shifts of a day", file: "workspace.yaml", from: "order: [alex, sarah, mike, lisa]", to: "order: [alex, sarah]", at: "[alex, sarah]", path: "rotation.order", message: /^3 shifts a day need at least 3 engineers in the order, found 2$/ },
  { name: "unknown secondary owner", file: "workspace.yaml", from: "owners: { primary: alex, secondary: sarah }", to: "owners: { primary: alex, secondary: sarh }", at: "sarh", path: "pipelines[1].owners.secondary", message: /^unknown engineer "sarh" \(did you mean "sarah"\?\)$/ },
  { name: "unknown engineer on time off", file: "workspace.yaml", from: "engineer: lisa,", to: "engineer: lsa,", at: "lsa", path: "time_off[0].engineer", message: /^unknown engineer "lsa" \(did you mean "lisa"\?\)$/ },
  { name: "unknown engineer in an override", file: "workspace.yaml", from: "engineer: mike, covers: sarah", to: "engineer: mik, covers: sarah", at: "mik,", path: "overrides[0].engineer", message: /^unknown engineer "mik" \(did you mean "mike"\?\)$/ },
  { name: "unknown engineer covered by an override", file: "workspace.yaml", from: "engineer: mike, covers: sarah", to: "engineer: mike, covers: zara", at: "zara", path: "overrides[0].covers", message: /^unknown engineer "zara" \(did you mean "sarah"\?\)$/ },
  { name: "time off that ends before it starts", file: "workspace.yaml", from: "from: 2026-12-01, to: 2026-12-07", to: "from: 2026-12-08, to: 2026-12-07", at: "2026-12-07", path: "time_off[0].to", message: /^ends \(2026-12-07\) before it starts \(2026-12-08\)$/ },
  { name: "override that ends when it starts", file: "workspace.yaml", from: 'to: "2026-12-11T01:00"', to: 'to: "2026-12-10T17:00"', at: '"2026-12-10T17:00", reason', path: "overrides[0].to", message: /^ends \(2026-12-10T17:00\) before it starts \(2026-12-10T17:00\)$/ },
  { name: "override covering for oneself", file: "workspace.yaml", from: "engineer: mike, covers: sarah", to: "engineer: mike, covers: mike", at: "mike, from", path: "overrides[0].covers", message: /^"mike" cannot cover for themselves$/ },
  { name: "rotation block not in whole days", file: "workspace.yaml", from: "block: 2w", to: "block: 36h", at: "36h", path: "rotation.block", message: /^block "36h" must be whole days \(e\.g\. 7d, 2w\)$/ },
  { name: "shift without length", file: "workspace.yaml", from: '{ name: day,     start: "09:00", end: "17:00" }', to: '{ name: day,     start: "09:00", end: "09:00" }', at: '"09:00" }', anchor: "{ name: day", path: "rotation.shifts[0].end", message: /^shift "day" starts and ends at 09:00: it has no length$/ },
  { name: "one shift that covers a third of the day", file: "workspace.yaml", from: SHIFTS, to: '    - { name: day,     start: "09:00", end: "17:00" }', at: "- { name: day", path: "rotation.shifts", message: /^shifts cover 8h a day, not 24h: they must tile the day exactly once$/ },
  { name: "shifts that follow each other but cover the day twice", file: "workspace.yaml", from: SHIFTS, to: '    - { name: day, start: "09:00", end: "01:00" }\n    - { name: evening, start: "01:00", end: "17:00" }\n    - { name: night, start: "17:00", end: "09:00" }', at: "- { name: day", path: "rotation.shifts", message: /^shifts cover 48h a day, not 24h: they must tile the day exactly once$/ },
  { name: "shifts with a gap of minutes", file: "workspace.yaml", from: '{ name: evening, start: "17:00", end: "01:00" }', to: '{ name: evening, start: "17:00", end: "00:30" }', at: '"00:30"', path: "rotation.shifts[1].end", message: /^shift "evening" ends at 00:30 but the next shift "night" starts at 01:00 \(gap of 0h30m\): shifts must follow each other and tile 24 hours exactly$/ },
  { name: "shifts that overlap by hours and minutes", file: "workspace.yaml", from: '{ name: night,   start: "01:00", end: "09:00" }', to: '{ name: night,   start: "01:00", end: "10:30" }', at: '"10:30"', path: "rotation.shifts[2].end", message: /^shift "night" ends at 10:30 but the next shift "day" starts at 09:00 \(overlap of 1h30m\)/ },
  // Half a day either way: read as a gap (from the end to the next start), the rule's tie-break.
  { name: "shifts twelve hours apart", file: "workspace.yaml", from: '{ name: evening, start: "17:00", end: "01:00" }', to: '{ name: evening, start: "17:00", end: "13:00" }', at: '"13:00"', path: "rotation.shifts[1].end", message: /\(gap of 12h\)/ },
  { name: "unknown key in a holiday of fixed dates", file: "workspace.yaml", from: '{ name: Christmas, from: "12-24"', to: '{ name: Christmas, frm: "12-24"', at: "frm", path: "holidays[0].frm", message: /^unknown key "frm" \(did you mean "from"\?\)$/ },
  { name: "unknown key in a holiday by rule", file: "workspace.yaml", from: "days: 3, eligible: [mid]", to: "dys: 3, eligible: [mid]", at: "dys", path: "holidays[2].dys", message: /^unknown key "dys" \(did you mean "days"\?\)$/ },
  { name: "unknown key in a source of one kind", file: "workspace.yaml", from: DEMO, to: "  - { id: demo, kind: demo, pol: 60s }", at: "pol:", path: "sources[0].pol", message: /^unknown key "pol" \(did you mean "poll"\?\)$/ },
  { name: "unknown key in a source's auth", file: "workspace.yaml", from: DEMO, to: `${DEMO}\n  - { id: af, kind: airflow, url: "https://airflow.example.com", api: v2, auth: { kind: basic, usrname: oncall, password_env: AF_PASSWORD } }`, at: "usrname", path: "sources[1].auth.usrname", message: /^unknown key "usrname" \(did you mean "username"\?\)$/ },
  { name: "missing required field", file: "workspace.yaml", from: "    name: Lisa Wang\n", to: "", at: "id: lisa", path: "team[3].name", message: /^missing required field \(string\)$/ },
  { name: "missing required choice", file: "workspace.yaml", from: "    area: growth\n", to: "", at: "id: aggregate_growth", path: "pipelines[2].area", message: /^missing required field \(one of "profit" \| "growth" \| "engagement"\)$/ },
  { name: "null where text belongs", file: "workspace.yaml", from: "purpose: Investor-facing profit reports", to: "purpose: ~", at: "~", path: "pipelines[1].purpose", message: /^expected string, got null$/ },
  { name: "null where a choice belongs", file: "workspace.yaml", from: "impact: high", to: "impact: ~", at: "~", path: "pipelines[1].impact", message: /^expected "high" \| "medium", got null$/ },
  { name: "a list where text belongs", file: "workspace.yaml", from: "engine: Apache Spark", to: "engine: [Apache Spark]", at: "[Apache Spark]", path: "pipelines[0].engine", message: /^expected string, got a list$/ },
  { name: "empty list that needs an item", file: "workspace.yaml", from: "chain: [primary, secondary, oncall, senior, manager]", to: "chain: []", at: "[]", path: "escalation.chain", message: /^needs at least 1 item$/ },
  { name: "empty text", file: "workspace.yaml", from: "    name: Lisa Wang", to: '    name: ""', at: '""', path: "team[3].name", message: /^must not be empty$/ },
  { name: "null source kind", file: "workspace.yaml", from: DEMO, to: "  - { id: demo, kind: ~ }", at: "~", path: "sources[0].kind", message: /^expected one of demo \| airflow \| spark-history \| http-json, got null$/ },
  { name: "a list where the source kind belongs", file: "workspace.yaml", from: DEMO, to: "  - { id: demo, kind: [demo] }", at: "[demo]", path: "sources[0].kind", message: /^expected one of demo \| airflow \| spark-history \| http-json, got \["demo"\] \(did you mean "demo"\?\)$/ },
  { name: "missing source kind", file: "workspace.yaml", from: DEMO, to: "  - { id: demo }", at: "{ id: demo }", path: "sources[0].kind", message: /^missing required field \(one of demo \| airflow \| spark-history \| http-json\)$/ },
  { name: "runbook with no steps", file: "runbooks/daily_growth.md", from: "1. Check marketing data availability\n2. Verify user activity data completeness\n3. Review campaign attribution logic\n4. Validate growth metric calculations", to: "- Ask around", at: "## Troubleshooting", path: "## Troubleshooting", message: /no checklist steps/ },
];

// Each edit sits on the allowed side of a rule's boundary: the workspace must still validate.
const accepted: { name: string; edits: [string, string][] }[] = [
  { name: "time off of a single day", edits: [["from: 2026-12-01, to: 2026-12-07", "from: 2026-12-07, to: 2026-12-07"]] },
  { name: "a rotation order exactly as long as the shifts of a day", edits: [["order: [alex, sarah, mike, lisa]", "order: [alex, sarah, mike]"]] },
  { name: "a holiday eligible to a named engineer", edits: [["eligible: [mid] }\n  - { name: Independence", "eligible: [lisa] }\n  - { name: Independence"]] },
  {
    name: "token auth without a username; basic auth with both",
    edits: [[DEMO, `${DEMO}\n  - { id: af, kind: airflow, url: "https://airflow.example.com", api: v2, auth: { kind: token, password_env: AF_TOKEN } }\n  - { id: sp, kind: spark-history, url: "http://spark.example.com:18080", auth: { kind: basic, username: oncall, password_env: SPARK_PASSWORD } }`]],
  },
  {
    name: "a spark-history pipeline with app_name; an http-json pipeline without key when runs do not name their pipeline",
    edits: [
      [DEMO, `${DEMO}\n  - { id: spark, kind: spark-history, url: "http://spark.example.com:18080" }\n  - { id: hj, kind: http-json, url: "https://runs.example.com/runs.json", mapping: { runs: runs, state: status, interval_end: for, states: { success: [ok], failed: [bad] } } }`],
      ["source: { id: demo, dag_id: daily_growth }", "source: { id: spark, app_name: daily_growth }"],
      ["source: { id: demo, dag_id: unit_profit }", "source: { id: hj }"],
    ],
  },
];

describe("validate accepts each rule's boundary", () => {
  for (const c of accepted) {
    it(c.name, () => {
      const result = parseWorkspace(c.edits.reduce((files, [from, to]) => edit(files, "workspace.yaml", from, to), base));
      expect(result.ok ? [] : result.problems.map((p) => `${p.file}:${p.line}: ${p.path}: ${p.message}`)).toEqual([]);
    });
  }
});

describe("validate pinpoints each problem", () => {
  for (const c of cases) {
    it(c.name, () => {
      const broken = (c.also ?? []).reduce((files, [from, to]) => edit(files, c.file, from, to), edit(base, c.file, c.from, c.to));
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

  it("a gap between shifts is reported once, at the shift, and not again as a day not tiled", () => {
    const broken = edit(base, "workspace.yaml", '{ name: evening, start: "17:00", end: "01:00" }', '{ name: evening, start: "17:00", end: "00:00" }');
    const shiftProblems = problemsOf(broken).filter((p) => p.path.startsWith("rotation.shifts"));
    expect(shiftProblems).toEqual([
      {
        file: "workspace.yaml",
        ...positionOf(broken.workspaceYaml!, '"00:00"'),
        path: "rotation.shifts[1].end",
        message: 'shift "evening" ends at 00:00 but the next shift "night" starts at 01:00 (gap of 1h): shifts must follow each other and tile 24 hours exactly',
      },
    ]);
  });

  it("reports every problem of a file at once, sorted by position", () => {
    let broken = edit(base, "workspace.yaml", "owners: { primary: alex, secondary: sarah }", "owners: { primary: alx, secondary: sarah }");
    broken = edit(broken, "workspace.yaml", "timezone: America/New_York", "timezone: Mars/Olympus");
    const problems = problemsOf(broken).filter((p) => p.file === "workspace.yaml");
    expect(problems.map((p) => p.path)).toEqual(["timezone", "pipelines[1].owners.primary"]);
  });
});
