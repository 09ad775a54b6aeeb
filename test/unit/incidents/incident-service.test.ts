import { createHash } from "node:crypto";
import { appendFile, mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createIncidentService, timeOrderedIds } from "../../../main/services/incidents/incident-service";
import { INCIDENT_ID_RE } from "../../../main/services/incidents/incident-journal";
import { loadWorkspace } from "../../../main/services/workspace/load-workspace";
import { embeddedFiles, writeWorkspace } from "../../fakes/workspace-files";
import { LATE_ALERT } from "./fixtures";

const AT = new Date("2026-12-24T08:09:00Z");

async function setup() {
  const workspaceDir = await writeWorkspace(await embeddedFiles());
  const loaded = await loadWorkspace(workspaceDir);
  if (!loaded.ok) throw new Error("copy of the embedded workspace is invalid");
  const stateDir = await mkdtemp(path.join(tmpdir(), "ocd-state-"));
  const problems: string[] = [];
  const service = createIncidentService({ stateDir, onProblem: (m) => problems.push(m) });
  const start = (at = AT) => service.start({ workspace: loaded.workspace, workspaceDir, pipelineId: "aggregate_profit", by: "alex", at, alerts: [LATE_ALERT] });
  return { workspace: loaded.workspace, workspaceDir, stateDir, service, problems, start };
}

describe("the incident service", () => {
  it("starts an incident from the runbook on disk: steps, content hash, alerts, commander, one journal line", async () => {
    const { service, stateDir, workspaceDir, start } = await setup();
    const incident = await start();
    expect(incident.id).toMatch(INCIDENT_ID_RE);
    const runbookText = await readFile(path.join(workspaceDir, "runbooks/aggregate_profit.md"), "utf8");
    expect(incident.runbook).toEqual({ file: "runbooks/aggregate_profit.md", sha256: createHash("sha256").update(runbookText).digest("hex") });
    expect(incident.steps.map((s) => s.text)).toEqual(["Verify unit-level profit pipeline completion", "Check financial system connectivity", "Validate aggregation logic", "Review recent data quality issues"]);
    expect(incident).toMatchObject({ pipelineId: "aggregate_profit", commander: "alex", startedAt: "2026-12-24T08:09:00.000Z", alerts: [LATE_ALERT] });
    const lines = (await readFile(path.join(stateDir, "incidents", `${incident.id}.jsonl`), "utf8")).split("\n");
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]!)).toMatchObject({ type: "started", v: 1, id: incident.id });
    expect(await service.get(incident.id)).toEqual(incident);
  });

  it("keeps the checklist of the start when the runbook is edited later", async () => {
    const { service, workspaceDir, start } = await setup();
    const incident = await start();
    await appendFile(path.join(workspaceDir, "runbooks/aggregate_profit.md"), "5. Call the finance team\n");
    expect((await service.get(incident.id)).steps).toHaveLength(4);
    // A new incident takes the runbook as it is now.
    expect((await start()).steps.at(-1)?.text).toBe("Call the finance team");
  });

  it("writes each allowed change and refuses the others, which leave the journal untouched", async () => {
    const { service, stateDir, workspace, start } = await setup();
    const { id } = await start();
    const file = path.join(stateDir, "incidents", `${id}.jsonl`);
    const at = "2026-12-24T08:20:00.000Z";
    const done = await service.change(workspace, id, { type: "step", at, by: "alex", n: 1, outcome: "done", note: "ok" });
    expect(done.steps[0]).toMatchObject({ status: "done", note: "ok" });
    const before = await readFile(file, "utf8");
    await expect(service.change(workspace, id, { type: "step", at, by: "alex", n: 7, outcome: "done" })).rejects.toMatchObject({ code: "unknown-step" });
    await expect(service.change(workspace, id, { type: "step", at, by: "alex", n: 2, outcome: "skipped" })).rejects.toMatchObject({ code: "reason-required" });
    await service.change(workspace, id, { type: "resolved", at, by: "alex", summary: "fixed", cause: "other", risks: [], followUps: [] });
    await expect(service.change(workspace, id, { type: "note", at, by: "alex", text: "late" })).rejects.toMatchObject({ code: "resolved", message: expect.stringMatching(/resolved incident cannot change/) });
    expect((await readFile(file, "utf8")).split("\n")).toHaveLength(before.split("\n").length + 1);
  });

  it("checks two changes made at once against each other: the second 'done' of a step is refused", async () => {
    const { service, workspace, start } = await setup();
    const { id } = await start();
    const at = "2026-12-24T08:20:00.000Z";
    const results = await Promise.allSettled([1, 2].map(() => service.change(workspace, id, { type: "step", at, by: "alex", n: 1, outcome: "done" })));
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected"]);
  });

  it("lists incidents oldest first from a fresh service over the same folder, and tells listeners of changes", async () => {
    const { stateDir, start, service, workspace } = await setup();
    const heard: string[] = [];
    service.subscribe((id) => heard.push(id));
    const later = await start(new Date("2026-12-24T09:00:00Z"));
    const earlier = await start(new Date("2026-12-24T08:00:00Z"));
    await service.change(workspace, later.id, { type: "note", at: "2026-12-24T09:05:00.000Z", by: "sarah", text: "on it" });
    expect(heard).toEqual([later.id, earlier.id, later.id]);
    // Ids sort by start time, whatever the order they were made in.
    const reopened = createIncidentService({ stateDir });
    expect((await reopened.list()).map((i) => i.id)).toEqual([earlier.id, later.id]);
    expect((await reopened.get(later.id)).notes.map((n) => n.text)).toEqual(["on it"]);
  });

  it("loads a journal with a torn last line and reports it once; the next change still goes through", async () => {
    const { service, stateDir, problems, start, workspace } = await setup();
    const { id } = await start();
    const file = path.join(stateDir, "incidents", `${id}.jsonl`);
    await appendFile(file, '{"type":"note","at":"2026-12-24T08:');
    expect((await service.get(id)).notes).toEqual([]);
    await service.list();
    expect(problems).toEqual([`${file}:2: an unfinished last line (35 bytes, a write cut short by a crash) was ignored`]);
    await service.change(workspace, id, { type: "note", at: "2026-12-24T08:30:00.000Z", by: "alex", text: "after the crash" });
    expect((await createIncidentService({ stateDir }).get(id)).notes.map((n) => n.text)).toEqual(["after the crash"]);
  });

  it("makes ids that sort by start time, also within one millisecond and when back-dated", () => {
    const next = timeOrderedIds();
    const ids = [next(1000), next(1000), next(1000), next(5000), next(3000)];
    expect(ids.slice(0, 4)).toEqual([...ids.slice(0, 4)].sort());
    expect(ids[4]! < ids[3]!).toBe(true);
    expect(ids[4]! > ids[2]!).toBe(true);
  });

  it("says an id is unknown, including ids that are not incident ids (never a path)", async () => {
    const { service, stateDir } = await setup();
    await writeFile(path.join(stateDir, "secret.jsonl"), "{}\n");
    for (const id of ["01KC4ZQ7M0AGGPROFIT00000001", "../secret", "..%2Fsecret"]) {
      await expect(service.get(id)).rejects.toMatchObject({ code: "unknown-incident", message: `unknown incident "${id}"` });
    }
  });

  it("refuses an unknown pipeline or commander, writing nothing", async () => {
    const { service, stateDir, workspace, workspaceDir } = await setup();
    await expect(service.start({ workspace, workspaceDir, pipelineId: "nope", by: "alex", at: AT, alerts: [] })).rejects.toMatchObject({ code: "unknown-pipeline" });
    await expect(service.start({ workspace, workspaceDir, pipelineId: "daily_growth", by: "zed", at: AT, alerts: [] })).rejects.toMatchObject({ code: "unknown-engineer" });
    expect(await readdir(stateDir)).toEqual([]);
  });

  it("without a state folder, refuses plainly", async () => {
    await expect(createIncidentService({ stateDir: undefined }).list()).rejects.toMatchObject({ code: "unavailable", message: "incidents are not available here: no state folder was given" });
  });
});
