/**
 * The IPC handler table: one async function per invoke channel, built from services.
 * No electron import, so ipcMain (main/app/ipc.ts) and the browser test host call the same table.
 */
import { escalationChain } from "../../shared/domain/rotation/escalation-chain";
import { cycleAt, fairnessReport } from "../../shared/domain/rotation/fairness";
import { calendarName, shiftsToICalendar } from "../../shared/domain/rotation/ical-export";
import { lintSchedule } from "../../shared/domain/rotation/lint-schedule";
import { DAY_MS } from "../../shared/domain/rotation/local-day";
import { onCallView, shiftView } from "../../shared/domain/rotation/on-call-view";
import { fairnessToJson, lintToJson } from "../../shared/domain/rotation/report-json";
import type { AppInfo, EventChannel, EventMap, InvokeChannel, InvokeMap, WorkspaceChoiceAction, WorkspaceChosen, WorkspaceView } from "../../shared/ipc/contract";
import type { WorkspaceResult } from "../../shared/domain/workspace";
import { incidentTimes } from "../../shared/domain/incidents/incident-times";
import type { Clock } from "../services/clock";
import { IncidentError } from "../services/incidents/incident-error";
import type { HandoffStore } from "../services/incidents/handoff-store";
import type { IncidentService } from "../services/incidents/incident-service";
import { currentRisks } from "../services/risks/current-risks";
import type { SettingsService } from "../services/settings/settings-service";
import { forwardIncidentEvents, incidentHandlers } from "./incident-handlers";
import type { Desk, LiveDesk } from "./live-desk";
import { recoveryHandlers } from "./recovery-handlers";
import type { SaveFile } from "./save-file";
import { secretName, sourceConfig, sourcesView, sourceView, type AppSecrets } from "./source-views";
import type { WorkspaceState } from "./workspace-state";

/** One handler per invoke channel; requests arrive already validated. */
export type Handlers = {
  readonly [K in InvokeChannel]: (request: InvokeMap[K]["request"]) => Promise<InvokeMap[K]["response"]>;
};

/** Sends a main → renderer event to the app's windows. */
export type Emit = <E extends EventChannel>(event: E, payload: EventMap[E]) => void;

/** Opens a workspace as the user chooses (dialogs in the app); not chosen when they cancel. */
export type ChooseWorkspace = (action: WorkspaceChoiceAction) => Promise<WorkspaceChosen>;

/** The ChooseWorkspace of hosts that cannot switch workspaces (unit tests that do not): refuses plainly. */
export const noWorkspaceChoice: ChooseWorkspace = () => Promise.reject(new Error("choosing a workspace is not available here"));

/** The services the handlers read from. */
export interface HandlerServices {
  appInfo: AppInfo;
  workspace: WorkspaceState;
  /** The running schedule and status of the current workspace. */
  desk: LiveDesk;
  /** Main's time: requests without `at` are answered at its now. */
  clock: Clock;
  /** Source secrets: the app's store, and the environment it falls back to. */
  secrets: AppSecrets;
  /** Saves an exported file where the user chooses (the save dialog in the app). */
  saveFile: SaveFile;
  /** This machine's settings. */
  settings: SettingsService;
  /** Switches the workspace the app opens. */
  chooseWorkspace: ChooseWorkspace;
  /** Incidents kept in the state folder. */
  incidents: IncidentService;
  /** Hand-over notes and acknowledgements kept in the state folder. */
  handoffs: HandoffStore;
}

/** The lint's default range: the quarter ahead, which holds the next holiday season for most of the year's end. */
const DEFAULT_LINT_DAYS = 90;

/** Builds the handler table. */
export function createHandlers(services: HandlerServices): Handlers {
  const { desk, clock, secrets } = services;
  const instant = (at: string | undefined) => (at === undefined ? clock.now().getTime() : Date.parse(at));
  /** A requested range in epoch ms, or `fallback` (given main's now) when none was asked for; the schemas make `from` and `to` come together. */
  const rangeOr = (request: { from?: string; to?: string }, fallback: (now: number) => { from: number; to: number }) =>
    request.from === undefined || request.to === undefined ? fallback(clock.now().getTime()) : { from: Date.parse(request.from), to: Date.parse(request.to) };
  /** A result with problems carries the last valid workspace, which is still being monitored. */
  const withRunning = async (result: WorkspaceResult): Promise<WorkspaceView> => {
    if (result.ok) return result;
    const current = await desk.current();
    return current ? { ...result, running: current.workspace } : result;
  };
  /** The running desk, for calls that act on it: there is nothing to act on while the workspace is invalid. */
  const running = async (purpose: string): Promise<Desk> => {
    const d = await desk.current();
    if (!d) throw new Error(`the workspace has problems: fix them before ${purpose}`);
    return d;
  };
  return {
    "app:info": async () => services.appInfo,
    "workspace:get": async () => withRunning(await services.workspace.current()),
    "workspace:reload": async () => withRunning(await services.workspace.reload()),
    "status:get": async () => (await desk.current())?.monitor.status.snapshot() ?? null,
    "kpis:get": async ({ days }) => {
      const d = await desk.current();
      if (!d) return null;
      // Incidents give the resolution time; a host without a state folder (some tests) has none.
      const incidents = await services.incidents.list().catch((error: unknown) => {
        if (error instanceof IncidentError && error.code === "unavailable") return [];
        throw error;
      });
      return d.monitor.kpis(days, incidentTimes(incidents, d.monitor.book.list()));
    },
    "risks:get": async () => {
      const d = await desk.current();
      const workspaceDir = services.appInfo.workspaceDir;
      return d && workspaceDir !== null ? currentRisks({ workspace: d.workspace, schedule: d.schedule, workspaceDir, now: clock.now(), monitor: d.monitor }) : null;
    },
    "oncall:now": async ({ at }) => {
      const d = await desk.current();
      return d ? onCallView(d.workspace, d.schedule, instant(at)) : null;
    },
    "escalation:get": async ({ pipelineId, at }) => {
      const d = await desk.current();
      return d ? escalationChain(d.workspace, d.schedule, pipelineId, instant(at)) : null;
    },
    "alerts:acknowledge": async ({ alertId }) => (await desk.current())?.monitor.book.acknowledge(alertId) ?? null,
    "alerts:snooze": async ({ alertId, until }) => (await desk.current())?.monitor.book.snooze(alertId, new Date(until)) ?? null,
    "schedule:get": async ({ from, to, engineer }) => {
      const d = await desk.current();
      if (!d) return null;
      const shifts = d.schedule.shifts(Date.parse(from), Date.parse(to)).filter((s) => engineer === undefined || s.engineer === engineer);
      return shifts.map((s) => shiftView(d.workspace, d.schedule, s));
    },
    "rotation:lint": async (request) => {
      const d = await desk.current();
      if (!d) return null;
      const { from, to } = rangeOr(request, (now) => ({ from: now, to: now + DEFAULT_LINT_DAYS * DAY_MS }));
      return { ...lintToJson(from, to, lintSchedule(d.workspace, d.schedule, from, to), d.schedule.clock), zone: d.schedule.clock.zone };
    },
    "rotation:fairness": async (request) => {
      const d = await desk.current();
      if (!d) return null;
      const { from, to } = rangeOr(request, (now) => cycleAt(d.schedule, now));
      return fairnessToJson(fairnessReport(d.schedule, from, to), d.schedule.clock);
    },
    "rotation:export-ics": async ({ from, to, engineer }) => {
      const d = await running("exporting its calendar");
      const { workspace, schedule } = d;
      if (engineer !== undefined && !workspace.team.some((e) => e.id === engineer)) throw new Error(`unknown engineer "${engineer}"`);
      const shifts = schedule.shifts(Date.parse(from), Date.parse(to)).filter((s) => engineer === undefined || s.engineer === engineer);
      const ics = shiftsToICalendar(shifts, schedule.clock, { name: calendarName(workspace, engineer), stamp: clock.now().getTime(), team: workspace.team });
      return services.saveFile(`oncall-${engineer ?? "team"}-${schedule.clock.format(Date.parse(from)).slice(0, 10)}.ics`, ics);
    },
    "sources:list": async () => {
      const d = await desk.current();
      return d ? sourcesView(d, secrets) : null;
    },
    "sources:set-secret": async ({ sourceId, secret }) => {
      const d = await running("changing its sources");
      const config = sourceConfig(d, sourceId);
      await secrets.store.set(secretName(config), secret);
      // The user wants to know at once whether the secret works: the answer is this poll's outcome.
      await d.monitor.pollNow(sourceId);
      return sourceView(d, config, secrets);
    },
    "sources:delete-secret": async ({ sourceId }) => {
      const d = await running("changing its sources");
      const config = sourceConfig(d, sourceId);
      await secrets.store.delete(secretName(config));
      return sourceView(d, config, secrets);
    },
    "sources:poll-now": async ({ sourceId }) => {
      const d = await running("changing its sources");
      if (sourceId !== undefined) sourceConfig(d, sourceId);
      await d.monitor.pollNow(sourceId);
      return sourcesView(d, secrets);
    },
    "settings:get": async () => services.settings.get(),
    "settings:update": async (patch) => services.settings.update(patch),
    "workspace:choose": async ({ action }) => services.chooseWorkspace(action),
    ...incidentHandlers(services),
    "pipeline:history": async ({ pipelineId, days }) => {
      const d = await desk.current();
      if (!d) return null;
      const history = d.monitor.history(pipelineId, days);
      if (!history) throw new Error(`unknown pipeline "${pipelineId}"`);
      return history;
    },
    ...recoveryHandlers(services),
  };
}

/** Forwards service changes to the renderer as events; returns the function that stops forwarding. */
export function forwardEvents(services: HandlerServices, emit: Emit): () => void {
  const stopWorkspace = services.workspace.subscribe((result) => emit("workspace:changed", { ok: result.ok }));
  const stopSettings = services.settings.subscribe((settings) => emit("settings:changed", settings));
  const stopStatus = services.desk.attach((desk) => {
    const changed = () => emit("status:changed", { at: desk.monitor.status.snapshot().at });
    // A new desk is a new snapshot too (a reload replaced the pipelines).
    changed();
    return desk.monitor.status.subscribe(changed);
  });
  const stopIncidents = forwardIncidentEvents(services, emit);
  return () => {
    stopWorkspace();
    stopSettings();
    stopStatus();
    stopIncidents();
  };
}
