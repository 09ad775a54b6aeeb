import { mkdtemp, readFile, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createAppServices } from "../../../main/app/app-services";
import { createHandlers, forwardEvents, type HandlerServices } from "../../../main/app/handlers";
import { guardedCall } from "../../../main/app/ipc-guard";
import type { SaveFile } from "../../../main/app/save-file";
import { EMBEDDED_WORKSPACE_DIR } from "../../../main/services/workspace/load-workspace";
import { postmortemMarkdown } from "../../../shared/domain/incidents/postmortem";
import type { InvokeChannel, InvokeMap } from "../../../shared/ipc/contract";
import { createFakeClock } from "../../fakes/fake-clock";
import { embeddedFiles, writeWorkspace } from "../../fakes/workspace-files";

const AT = new Date("2026-12-02T21:50:00Z"); // 16:50 EST, ten minutes before Mike hands over to Alex
const running: HandlerServices[] = [];

async function desk(options: { stateDir?: string | null; me?: string; workspaceDir?: string } = {}) {
  const clock = createFakeClock(AT);
  const saved: { name: string; contents: string }[] = [];
  const saveFile: SaveFile = async (name, contents) => {
    saved.push({ name, contents });
    return { saved: true, path: `/chosen/${name}` };
  };
  const workspaceDir = options.workspaceDir ?? (await writeWorkspace(await embeddedFiles()));
  const stateDir = options.stateDir === null ? undefined : (options.stateDir ?? (await mkdtemp(path.join(tmpdir(), "ocd-app-state-"))));
  const services = createAppServices({
    name: "oncall-desk",
    version: "0.0.0-test",
    workspaceOverride: workspaceDir,
    embeddedWorkspaceDir: EMBEDDED_WORKSPACE_DIR,
    clock,
    stateDirFor: stateDir === undefined ? undefined : () => stateDir,
    saveFile,
  });
  running.push(services);
  if (options.me) services.settings.update({ identity: { kind: "engineer", engineer: options.me } });
  const handlers = createHandlers(services);
  const call = <K extends InvokeChannel>(channel: K, payload: InvokeMap[K]["request"] | unknown) =>
    guardedCall(handlers, channel, payload, { ownWindow: true, frameUrl: "app://oncall-desk/index.html" }, () => true) as Promise<InvokeMap[K]["response"]>;
  const emit = vi.fn();
  forwardEvents(services, emit);
  await services.desk.current();
  await clock.flush();
  return { services, clock, call, emit, saved, workspaceDir, stateDir };
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.desk.stop()));
});

describe("incident channels", () => {
  it("incidents:start from an alert: answers the pipeline's alerts, acknowledges them as me, and emits incidents:changed", async () => {
    const { call, emit, services, stateDir } = await desk({ me: "alex" });
    const status = await call("status:get", {});
    const late = status!.alerts.find((a) => a.kind === "late")!;
    const view = await call("incidents:start", { alertId: late.id });
    expect(view).toMatchObject({ pipeline: late.pipelineId, commander: "alex", state: "open", startedAt: AT.toISOString() });
    expect(view.alerts.map((a) => a.id)).toContain(late.id);
    expect(view.timeline.map((e) => e.kind)).toEqual(["alert-raised", "alert-acknowledged", "started"]);
    const book = (await services.desk.current())!.monitor.book;
    expect(book.list().find((a) => a.id === late.id)).toMatchObject({ state: "acknowledged", acknowledgedBy: "alex" });
    expect(emit).toHaveBeenCalledWith("incidents:changed", { incidentId: view.id });
    expect(await readdir(path.join(stateDir!, "incidents"))).toEqual([`${view.id}.jsonl`]);
    expect((await call("incidents:list", {})).map((i) => i.id)).toEqual([view.id]);
  });

  it("needs to know who acts: settings' 'who am I', or `as`", async () => {
    const { call } = await desk();
    await expect(call("incidents:start", { pipelineId: "daily_growth" })).rejects.toThrow("say who you are first (Settings: who am I), or act as a named engineer");
    await expect(call("incidents:start", { pipelineId: "daily_growth", as: "zed" })).rejects.toThrow('unknown engineer "zed"');
    expect((await call("incidents:start", { pipelineId: "daily_growth", as: "lisa" })).commander).toBe("lisa");
  });

  it("steps, notes, state, resolution; a resolved incident refuses changes with the reason", async () => {
    const { call, clock } = await desk({ me: "alex" });
    const { id } = await call("incidents:start", { pipelineId: "aggregate_profit" });
    await clock.advance(60_000);
    expect((await call("incidents:step", { incidentId: id, n: 1, outcome: "done", note: "ok" })).steps[0]).toMatchObject({ status: "done", by: "alex", note: "ok" });
    expect((await call("incidents:step", { incidentId: id, n: 2, outcome: "skipped", reason: "VPN", as: "sarah" })).steps[1]).toMatchObject({ status: "skipped", by: "sarah", reason: "VPN" });
    expect((await call("incidents:note", { incidentId: id, text: "on step 3", step: 3 })).steps[2]!.note).toBe("on step 3");
    expect((await call("incidents:set-state", { incidentId: id, state: "mitigated" })).state).toBe("mitigated");
    await expect(call("incidents:step", { incidentId: id, n: 9, outcome: "done" })).rejects.toThrow(`incident ${id} has no step 9 (its checklist has steps 1 to 4)`);
    const resolved = await call("incidents:resolve", { incidentId: id, summary: "fixed", cause: "data-source", risks: ["data-source-failures"], followUps: [{ text: "add a check", owner: "mike" }] });
    expect(resolved).toMatchObject({ state: "resolved", resolution: { cause: "data-source", risks: ["data-source-failures"], followUps: [{ text: "add a check", owner: "mike" }] } });
    await expect(call("incidents:note", { incidentId: id, text: "more" })).rejects.toThrow(/a resolved incident cannot change/);
    expect(await call("incidents:list", {})).toEqual([]);
    expect((await call("incidents:list", { all: true })).map((i) => i.state)).toEqual(["resolved"]);
  });

  it("validates payloads: a skip needs a non-empty reason, ids must be incident ids", async () => {
    const { call } = await desk({ me: "alex" });
    const { id } = await call("incidents:start", { pipelineId: "aggregate_profit" });
    await expect(call("incidents:step", { incidentId: id, n: 2, outcome: "skipped", reason: "  " })).rejects.toThrow(/invalid request/);
    await expect(call("incidents:step", { incidentId: id, n: 2, outcome: "skipped" })).rejects.toThrow("skipping step 2 needs a reason");
    await expect(call("incidents:get", { incidentId: "../../etc/passwd" })).rejects.toThrow(/invalid request/);
    await expect(call("incidents:start", {})).rejects.toThrow(/invalid request/);
  });

  it("incidents:escalation shows the chain with the next person; incidents:escalate records it and returns contact and message", async () => {
    const { call, clock } = await desk({ me: "alex" });
    const { id } = await call("incidents:start", { pipelineId: "aggregate_profit" });
    const panel = await call("incidents:escalation", { incidentId: id });
    // Alex (P1) commands, so the next is Sarah (P2); nobody was alerted, so the timeout runs from the start.
    expect(panel.next).toMatchObject({ id: "sarah", due: false, dueAt: new Date(AT.getTime() + 15 * 60_000).toISOString() });
    expect(panel.message).toContain(`Incident ${id}, open, commander Alex Chen`);
    await clock.advance(15 * 60_000);
    expect((await call("incidents:escalation", { incidentId: id })).next?.due).toBe(true);
    const sent = await call("incidents:escalate", { incidentId: id });
    expect(sent.to).toMatchObject({ id: "sarah", role: "secondary", contact: { email: "sarah.johnson@example.com" }, links: { tel: "tel:+15550102" } });
    expect(sent.incident.escalations.map((e) => e.to)).toEqual(["sarah"]);
    expect((await call("incidents:escalation", { incidentId: id })).next?.id).not.toBe("sarah");
  });

  it("incidents:export saves the postmortem through the save dialog; incidents:share writes it into the workspace's incidents/", async () => {
    const { call, saved, services, workspaceDir } = await desk({ me: "alex" });
    const { id } = await call("incidents:start", { pipelineId: "aggregate_profit" });
    const d = (await services.desk.current())!;
    const expected = postmortemMarkdown(await services.incidents.get(id), d.workspace, d.monitor.book.list());
    expect(await call("incidents:export", { incidentId: id })).toEqual({ saved: true, path: `/chosen/postmortem-2026-12-02-aggregate_profit-${id}.md` });
    expect(saved).toEqual([{ name: `postmortem-2026-12-02-aggregate_profit-${id}.md`, contents: expected }]);
    const { path: file } = await call("incidents:share", { incidentId: id });
    expect(file).toBe(path.join(workspaceDir, "incidents", `2026-12-02-aggregate-profit-${id.toLowerCase()}.md`));
    expect(await readFile(file, "utf8")).toBe(expected);
  });

  it("never writes into the embedded workspace", async () => {
    const { call } = await desk({ me: "alex", workspaceDir: EMBEDDED_WORKSPACE_DIR });
    const { id } = await call("incidents:start", { pipelineId: "aggregate_profit" });
    await expect(call("incidents:share", { incidentId: id })).rejects.toThrow(/embedded default workspace is not shared through git/);
  });

  it("without a state folder, incident channels refuse plainly", async () => {
    const { call } = await desk({ stateDir: null, me: "alex" });
    await expect(call("incidents:list", {})).rejects.toThrow("incidents are not available here: no state folder was given");
    await expect(call("handoff:save-note", { text: "x" })).rejects.toThrow(/not available here/);
  });
});

describe("hand-over channels", () => {
  it("handoff:get gives the briefing of the next shift change with the live alerts and open incidents", async () => {
    const { call } = await desk({ me: "alex" });
    const { id } = await call("incidents:start", { pipelineId: "aggregate_profit" });
    const b = await call("handoff:get", {});
    expect(b).toMatchObject({ from: "mike", to: "alex", handoffAt: "2026-12-02T17:00:00-05:00", showFrom: "2026-12-02T16:45:00-05:00", acknowledged: null });
    expect(b!.openIncidents.map((i) => i.id)).toEqual([id]);
    expect(b!.openAlerts.length).toBeGreaterThan(0);
  });

  it("handoff:save-note keeps the outgoing engineer's note (and shares it), handoff:acknowledge records the pager; both emit handoff:changed", async () => {
    const { call, emit, workspaceDir, stateDir } = await desk({ me: "alex" });
    const saved = await call("handoff:save-note", { text: "watch unit_profit", as: "mike", share: true });
    expect(saved.briefing?.notes).toEqual([{ at: AT.toISOString(), by: "mike", text: "watch unit_profit" }]);
    expect(saved.sharedPath).toBe(path.join(workspaceDir, "handoffs", "2026-12-02-1700-mike-to-alex.md"));
    expect(await readFile(saved.sharedPath!, "utf8")).toContain("- 2026-12-02 16:50 EST: watch unit_profit");
    expect(emit).toHaveBeenCalledWith("handoff:changed", { at: AT.toISOString() });
    const acknowledged = await call("handoff:acknowledge", { handoffAt: "2026-12-02T17:00:00-05:00" });
    expect(acknowledged?.acknowledged).toEqual({ at: AT.toISOString(), by: "alex", handoffAt: "2026-12-02T17:00:00-05:00" });
    await expect(call("handoff:acknowledge", { handoffAt: "2026-12-02T18:00:00-05:00" })).rejects.toThrow("no shift change of the rotation at 2026-12-02T18:00:00-05:00");
    expect((await readFile(path.join(stateDir!, "handoffs.jsonl"), "utf8")).trim().split("\n")).toHaveLength(2);
  });
});

describe("runbook channels", () => {
  it("runbooks:list gives every runbook with its Markdown and last change; runbooks:get one", async () => {
    const { call, workspaceDir } = await desk();
    const list = await call("runbooks:list", {});
    expect(list!.map((r) => r.pipelineId)).toEqual(["unit_profit", "aggregate_profit", "aggregate_growth", "daily_growth", "aggregate_engagement"]);
    const one = await call("runbooks:get", { pipelineId: "aggregate_profit" });
    expect(one!.markdown).toBe(await readFile(path.join(workspaceDir, "runbooks", "aggregate_profit.md"), "utf8"));
    expect(one!.steps).toHaveLength(4);
    expect(one!.sections.map((s) => s.heading)).toEqual(["Overview", "Technical details", "Monitoring & alerts", "Troubleshooting"]);
    // A temp folder is no git checkout: the file's own time.
    expect(one!.changedAt?.from).toBe("mtime");
    await expect(call("runbooks:get", { pipelineId: "nope" })).rejects.toThrow(/unknown pipeline "nope"/);
  });
});
