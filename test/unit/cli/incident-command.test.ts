import { mkdtemp, readFile, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../../main/cli";
import { createAlertBook } from "../../../main/services/alerts/alert-book";
import { confStore } from "../../../main/services/alerts/conf-store";
import { createIncidentService } from "../../../main/services/incidents/incident-service";
import { loadWorkspace } from "../../../main/services/workspace/load-workspace";
import { postmortemMarkdown } from "../../../shared/domain/incidents/postmortem";
import { capturedIo } from "../../fakes/captured-io";
import { createFakeClock } from "../../fakes/fake-clock";
import { embeddedFiles, writeWorkspace } from "../../fakes/workspace-files";

const START = "2026-12-24T03:09:00-05:00";

/** Runs `oncall-desk ARGS --state DIR` (and the workspace, when given); returns exit code and output. */
async function cli(stateDir: string, args: string[], env: Record<string, string> = {}, workspace?: string) {
  const io = capturedIo(env);
  const code = await runCli([...args, "--state", stateDir, ...(workspace ? ["--workspace", workspace] : [])], io);
  return { code, out: io.stdout(), err: io.stderr() };
}

const newState = () => mkdtemp(path.join(tmpdir(), "ocd-cli-state-"));

/** Starts an incident on aggregate_profit as Alex at 03:09 EST on Christmas Eve; returns its id. */
async function started(stateDir: string, workspace?: string, at = START): Promise<string> {
  const { code, out, err } = await cli(stateDir, ["incident", "start", "aggregate_profit", "--as", "alex", "--at", at, "--json"], {}, workspace);
  if (code !== 0) throw new Error(`start failed: ${err}`);
  return JSON.parse(out).id;
}

describe("oncall-desk incident start", () => {
  it("--json prints {id, pipeline, commander, startedAt, steps: [{n, text, status}]}", async () => {
    const state = await newState();
    const { code, out } = await cli(state, ["incident", "start", "aggregate_profit", "--at", START, "--json"], { OCD_AS: "sarah" });
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(["id", "pipeline", "commander", "startedAt", "steps"]);
    expect(json).toMatchObject({ pipeline: "aggregate_profit", commander: "sarah", startedAt: "2026-12-24T08:09:00.000Z" });
    expect(json.steps).toEqual([
      { n: 1, text: "Verify unit-level profit pipeline completion", status: "todo" },
      { n: 2, text: "Check financial system connectivity", status: "todo" },
      { n: 3, text: "Validate aggregation logic", status: "todo" },
      { n: 4, text: "Review recent data quality issues", status: "todo" },
    ]);
    expect(await readdir(path.join(state, "incidents"))).toEqual([`${json.id}.jsonl`]);
  });

  it("needs --as (or OCD_AS), and refuses an unknown pipeline or engineer in one line with exit 2", async () => {
    const state = await newState();
    const missing = await cli(state, ["incident", "start", "aggregate_profit"]);
    expect(missing.code).toBe(2);
    expect(missing.err.split("\n")[0]).toBe("oncall-desk incident start: say who you are: --as ENGINEER, or set OCD_AS");
    const pipeline = await cli(state, ["incident", "start", "aggregate_proft", "--as", "alex"]);
    expect(pipeline).toMatchObject({ code: 2, err: 'oncall-desk incident start: unknown pipeline "aggregate_proft" (known: unit_profit, aggregate_profit, aggregate_growth, daily_growth, aggregate_engagement)\n' });
    const engineer = await cli(state, ["incident", "start", "aggregate_profit", "--as", "bob"]);
    expect(engineer).toMatchObject({ code: 2, err: 'oncall-desk incident start: unknown engineer "bob" (known: alex, sarah, mike, lisa, em)\n' });
    expect(await readdir(state).catch(() => [])).not.toContain("incidents");
  });

  it("answers the pipeline's alerts kept under the state folder and acknowledges them as the commander", async () => {
    const state = await newState();
    const openedAt = new Date(Date.now() - 30 * 60_000);
    const stored = createAlertBook({ store: confStore({ cwd: state }), clock: createFakeClock(openedAt) });
    const conditions = [{ kind: "late" as const, intervalEnd: "2026-12-01T06:00:00.000Z", reason: "missed its deadline" }];
    stored.sync([{ pipelineId: "aggregate_profit", state: "late", reason: "late", deadline: null, lastRun: null, verified: true, newestSuccess: null, warnings: [], conditions, changesAt: null }]);
    const start = await cli(state, ["incident", "start", "aggregate_profit", "--as", "alex", "--json"]);
    expect(start.code).toBe(0);
    const show = JSON.parse((await cli(state, ["incident", "show", JSON.parse(start.out).id, "--json"])).out);
    expect(show.alerts).toEqual([expect.objectContaining({ id: "aggregate_profit/late/2026-12-01T06:00:00.000Z", acknowledgedBy: "alex" })]);
    expect(show.timeline.map((e: { kind: string }) => e.kind)).toEqual(["alert-raised", "alert-acknowledged", "started"]);
    // The book itself says so too.
    const reread = createAlertBook({ store: confStore({ cwd: state }), clock: createFakeClock(new Date()) });
    expect(reread.list()[0]).toMatchObject({ state: "acknowledged", acknowledgedBy: "alex" });
  });
});

describe("oncall-desk incident step, note, escalate, resolve", () => {
  it("records steps done, skipped and reopened with who and when, and show --json reports them", async () => {
    const state = await newState();
    const id = await started(state);
    const at = (hhmm: string) => ["--at", `2026-12-24T${hhmm}-05:00`];
    expect((await cli(state, ["incident", "step", id, "1", "--done", "--note", "unit_profit ok", ...at("03:15")], { OCD_AS: "alex" })).code).toBe(0);
    expect((await cli(state, ["incident", "step", id, "2", "--skip", "VPN down", "--as", "alex", ...at("03:21")])).code).toBe(0);
    expect((await cli(state, ["incident", "step", id, "2", "--reopen", "--as", "sarah", ...at("03:40")])).code).toBe(0);
    expect((await cli(state, ["incident", "step", id, "3", "--note", "looks fine so far", "--as", "sarah", ...at("03:45")])).code).toBe(0);
    expect((await cli(state, ["incident", "note", id, "Finance DB refuses connections", ...at("03:30")])).code).toBe(0);
    const show = JSON.parse((await cli(state, ["incident", "show", id, "--json"])).out);
    expect(show.state).toBe("open");
    expect(show.steps).toEqual([
      { n: 1, text: "Verify unit-level profit pipeline completion", status: "done", by: "alex", at: "2026-12-24T08:15:00.000Z", note: "unit_profit ok", reason: null },
      { n: 2, text: "Check financial system connectivity", status: "todo", by: "sarah", at: "2026-12-24T08:40:00.000Z", note: null, reason: null },
      { n: 3, text: "Validate aggregation logic", status: "todo", by: null, at: null, note: "looks fine so far", reason: null },
      { n: 4, text: "Review recent data quality issues", status: "todo", by: null, at: null, note: null, reason: null },
    ]);
    // The note without --as is the commander's.
    expect(show.timeline.map((e: { at: string; kind: string; by: string }) => [e.at.slice(11, 16), e.kind, e.by])).toEqual([
      ["08:09", "started", "alex"],
      ["08:15", "step-done", "alex"],
      ["08:21", "step-skipped", "alex"],
      ["08:30", "note", "alex"],
      ["08:40", "step-reopened", "sarah"],
      ["08:45", "note", "sarah"],
    ]);
    expect(Object.keys(show)).toEqual(expect.arrayContaining(["state", "steps", "timeline", "escalations", "resolution"]));
  });

  it("refuses unknown ids, step numbers and engineers in one line with exit 2, a skip without a reason with exit 1", async () => {
    const state = await newState();
    const id = await started(state);
    const expectOneLine = async (args: string[], code: number, line: string) => {
      const r = await cli(state, args, { OCD_AS: "alex" });
      expect(r).toMatchObject({ code, err: `${line}\n` });
    };
    await expectOneLine(["incident", "show", "01KC4ZQ7M0AGGPROFIT00000001"], 2, 'oncall-desk incident show: unknown incident "01KC4ZQ7M0AGGPROFIT00000001"');
    await expectOneLine(["incident", "step", id, "5", "--done"], 2, `oncall-desk incident step: incident ${id} has no step 5 (its checklist has steps 1 to 4)`);
    await expectOneLine(["incident", "note", id, "hi", "--as", "alx"], 2, 'oncall-desk incident note: unknown engineer "alx" (known: alex, sarah, mike, lisa, em)');
    await expectOneLine(["incident", "escalate", id, "--to", "bob", "--at", "2026-12-24T03:30-05:00"], 2, 'oncall-desk incident escalate: unknown engineer "bob" (known: alex, sarah, mike, lisa, em)');
    await expectOneLine(["incident", "step", id, "2", "--skip", " ", "--at", "2026-12-24T03:30-05:00"], 1, "oncall-desk incident step: skipping step 2 needs a reason");
    const usage = await cli(state, ["incident", "step", id, "two", "--done"], { OCD_AS: "alex" });
    expect(usage.code).toBe(2);
    expect(usage.err).toMatch(/^oncall-desk incident step: "two" is not a step number/);
  });

  it("escalates to the next person of the chain, then the one after, printing the contact and the message", async () => {
    const state = await newState();
    const id = await started(state);
    const first = await cli(state, ["incident", "escalate", id, "--at", "2026-12-24T03:30-05:00"], { OCD_AS: "alex" });
    expect(first.code).toBe(0);
    expect(first.out).toContain(`Escalated incident ${id} to Sarah Johnson (secondary). Contact:\n  email: sarah.johnson@example.com\n  slack: @sarah\n  phone: +1-555-0102`);
    expect(first.out).toContain(`Incident ${id}, open, commander Alex Chen since 2026-12-24 03:09 EST (08:09 UTC).`);
    const second = JSON.parse((await cli(state, ["incident", "escalate", id, "--at", "2026-12-24T03:50-05:00", "--json"], { OCD_AS: "alex" })).out);
    expect(second.to).toMatchObject({ id: "em", name: "Engineering Manager", role: "manager", links: { tel: "tel:+15550100" } });
    expect(second.to.links.mailto).toMatch(/^mailto:eng-manager@example\.com\?subject=/);
    expect(second.message).toContain(`Incident ${id}`);
    const manager = await cli(state, ["incident", "escalate", id, "--to", "manager", "--at", "2026-12-24T03:55-05:00"], { OCD_AS: "alex" });
    expect(manager.code).toBe(0);
    const show = JSON.parse((await cli(state, ["incident", "show", id, "--json"])).out);
    expect(show.escalations.map((e: { to: string; at: string }) => [e.to, e.at])).toEqual([
      ["sarah", "2026-12-24T08:30:00.000Z"],
      ["em", "2026-12-24T08:50:00.000Z"],
      ["em", "2026-12-24T08:55:00.000Z"],
    ]);
  });

  it("resolves with summary, cause, risks and follow-ups, listing unfinished steps; then refuses any change with exit 1 and the reason", async () => {
    const state = await newState();
    const id = await started(state);
    const resolve = await cli(state, ["incident", "resolve", id, "--summary", "VPN dropped", "--cause", "team/process", "--risk", "team-availability", "--risk", "knowledge-silos", "--follow-up", "mike:Document the VPN", "--as", "alex", "--at", "2026-12-24T05:05-05:00"]);
    expect(resolve).toMatchObject({ code: 0, out: `Resolved incident ${id} (cause: team/process). Not done: step 1, step 2, step 3, step 4.\n` });
    const show = JSON.parse((await cli(state, ["incident", "show", id, "--json"])).out);
    expect(show.state).toBe("resolved");
    expect(show.resolution).toEqual({ at: "2026-12-24T10:05:00.000Z", by: "alex", summary: "VPN dropped", cause: "team-process", risks: ["team-availability", "knowledge-silos"], followUps: [{ owner: "mike", text: "Document the VPN" }] });
    for (const args of [["step", id, "1", "--done"], ["note", id, "more"], ["escalate", id], ["resolve", id, "--summary", "again", "--cause", "other"]]) {
      const r = await cli(state, ["incident", ...args, "--at", "2026-12-24T06:00-05:00"], { OCD_AS: "alex" });
      expect(r.code).toBe(1);
      expect(r.err).toBe(`oncall-desk incident ${args[0]}: incident ${id} was resolved at 2026-12-24T10:05:00.000Z by alex: a resolved incident cannot change\n`);
    }
    const badRisk = await cli(state, ["incident", "resolve", await started(state), "--summary", "s", "--cause", "other", "--risk", "vpn", "--at", "2026-12-24T04:00-05:00"], { OCD_AS: "alex" });
    expect(badRisk.code).toBe(2);
    expect(badRisk.err).toMatch(/^oncall-desk incident resolve: unknown risk "vpn" \(known: data-source-failures, /);
    const badCause = await cli(state, ["incident", "resolve", id, "--summary", "s", "--cause", "gremlins"], { OCD_AS: "alex" });
    expect(badCause.code).toBe(2);
    expect(badCause.err).toMatch(/^oncall-desk incident resolve: unknown cause "gremlins" \(one of data-source \(data source\), /);
  });
});

describe("oncall-desk incident list and export", () => {
  it("lists open incidents, or all with --all", async () => {
    const state = await newState();
    // Started a minute apart: ids sort by start time (two started in the same millisecond by two processes have no order).
    const open = await started(state);
    const closed = await started(state, undefined, "2026-12-24T03:10:00-05:00");
    await cli(state, ["incident", "resolve", closed, "--summary", "s", "--cause", "other", "--as", "alex", "--at", "2026-12-24T04:00-05:00"]);
    const ids = async (args: string[]) => JSON.parse((await cli(state, ["incident", "list", "--json", ...args])).out).map((i: { id: string }) => i.id);
    expect(await ids([])).toEqual([open]);
    expect(await ids(["--all"])).toEqual([open, closed]);
    const text = (await cli(state, ["incident", "list"])).out.split("\n");
    expect(text[0]).toMatch(/^id\s+pipeline\s+state\s+commander\s+started\s+checklist$/);
    expect(text[1]).toMatch(new RegExp(`^${open}\\s+aggregate_profit\\s+open\\s+Alex Chen\\s+2026-12-24 03:09 EST\\s+0/4 done$`));
  });

  it("exports the postmortem to stdout, to --out, and with --share into the workspace's incidents/ folder", async () => {
    const state = await newState();
    const workspace = await writeWorkspace(await embeddedFiles());
    const id = await started(state, workspace);
    const loaded = await loadWorkspace(workspace);
    if (!loaded.ok) throw new Error("workspace copy invalid");
    const expected = postmortemMarkdown(await createIncidentService({ stateDir: state }).get(id), loaded.workspace);
    expect((await cli(state, ["incident", "export", id], {}, workspace)).out).toBe(expected);
    const out = path.join(state, "pm.md");
    expect((await cli(state, ["incident", "export", id, "--out", out], {}, workspace)).code).toBe(0);
    expect(await readFile(out, "utf8")).toBe(expected);
    const shared = await cli(state, ["incident", "export", id, "--share"], {}, workspace);
    expect(shared.code).toBe(0);
    const name = `2026-12-24-aggregate-profit-${id.toLowerCase()}.md`;
    expect(shared.err).toBe(`Saved ${path.join(workspace, "incidents", name)}\n`);
    expect(await readFile(path.join(workspace, "incidents", name), "utf8")).toBe(expected);
    // The embedded workspace ships with the app: nothing is written into it.
    const embedded = await cli(state, ["incident", "export", await started(state), "--share"]);
    expect(embedded).toMatchObject({ code: 1, err: "oncall-desk incident export: the embedded default workspace is not shared through git: pass --workspace DIR with your team's folder\n" });
  });
});

describe("oncall-desk handoff", () => {
  const AT = "2026-12-02T16:50:00-05:00";

  it("--json prints {at, from, to, openAlerts, openIncidents, deadlines, ownersAway, notes} for the next shift change", async () => {
    const state = await newState();
    const id = await started(state);
    const r = await cli(state, ["handoff", "--at", AT, "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(["at", "from", "to", "openAlerts", "openIncidents", "deadlines", "ownersAway", "notes"]));
    expect(json).toMatchObject({ at: AT, from: "mike", to: "alex", handoffAt: "2026-12-02T17:00:00-05:00", ownersAway: [], notes: [] });
    expect(json.deadlines[0]).toEqual({ pipeline: "daily_growth", deadline: "2026-12-02T19:00:00-05:00" });
    expect(json.openIncidents.map((i: { id: string }) => i.id)).toEqual([id]);
    // The demo source always has a late pipeline: the sources were read at --at.
    expect(json.openAlerts.some((a: { kind: string }) => a.kind === "late")).toBe(true);
  });

  it("keeps the outgoing engineer's notes and the incoming engineer's 'I have the pager' under the state folder", async () => {
    const state = await newState();
    expect((await cli(state, ["handoff", "--at", "2026-12-02T16:40:00-05:00", "--note", "watch unit_profit", "--as", "mike"])).code).toBe(0);
    const ack = await cli(state, ["handoff", "--at", AT, "--ack", "--as", "alex", "--json"]);
    expect(JSON.parse(ack.out)).toMatchObject({ notes: [{ by: "mike", text: "watch unit_profit" }], acknowledged: { by: "alex", handoffAt: "2026-12-02T17:00:00-05:00" } });
    const text = (await cli(state, ["handoff", "--at", AT])).out;
    expect(text).toContain("# Hand-over 2026-12-02 17:00 EST: Mike Rodriguez → Alex Chen");
    expect(text).toContain("Alex Chen has the pager");
    expect(text).toContain("- 2026-12-02 16:40 EST: watch unit_profit");
    expect((await readFile(path.join(state, "handoffs.jsonl"), "utf8")).trim().split("\n")).toHaveLength(2);
    expect(await cli(state, ["handoff", "--at", AT, "--ack", "--as", "zed"])).toMatchObject({ code: 2, err: 'oncall-desk handoff: unknown engineer "zed" (known: alex, sarah, mike, lisa)\n' });
  });

  it("--share saves the briefing into the workspace's handoffs/ folder", async () => {
    const state = await newState();
    const workspace = await writeWorkspace(await embeddedFiles());
    const r = await cli(state, ["handoff", "--at", AT, "--share"], {}, workspace);
    expect(r.code).toBe(0);
    const file = path.join(workspace, "handoffs", "2026-12-02-1700-mike-to-alex.md");
    expect(r.err).toBe(`Saved ${file}\n`);
    expect(await readFile(file, "utf8")).toBe(r.out);
  });
});
