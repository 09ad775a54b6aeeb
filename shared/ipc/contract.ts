/**
 * The one typed IPC contract between main and renderer (GitHub Desktop's ipc-shared.ts pattern).
 *
 * To add a channel:
 *   1. add an entry to InvokeMap (renderer → main call) or EventMap (main → renderer push) below,
 *      with a `method` name for invokes; one payload object per channel, plain cloneable data;
 *   2. add its request schema to REQUEST_SCHEMAS (schemas.ts) or its name to EVENT_CHANNELS;
 *   3. add the handler to createHandlers (main/app/handlers.ts) and the method to the preload.
 * The compiler flags every place you missed: all three tables are mapped over these types.
 */
import type { HandoffBriefing } from "../domain/incidents/handoff-briefing";
import type { CauseCategory, FollowUp } from "../domain/incidents/incident-events";
import type { EscalationSent, IncidentEscalation } from "../domain/incidents/incident-escalation";
import type { IncidentSummary, IncidentView } from "../domain/incidents/incident-view";
import type { ClearOutcome, RecoveryOptions } from "../domain/incidents/recovery";
import type { KpiReport } from "../domain/kpis/kpis";
import type { PipelineHistory } from "../domain/sla/pipeline-history";
import type { EscalationChain } from "../domain/rotation/escalation-chain";
import type { OnCallView, ShiftView } from "../domain/rotation/on-call-view";
import type { FairnessJson, LintJson } from "../domain/rotation/report-json";
import type { RunbookView } from "../domain/runbook-view";
import type { RisksView } from "../domain/risks/risks-view";
import type { Settings, SettingsPatch } from "../domain/settings";
import type { SourceView, SourcesView } from "../domain/sources-view";
import type { AlertView, StatusSnapshot } from "../domain/status";
import type { Workspace, WorkspaceResult } from "../domain/workspace";
import type { RoutePath } from "./routes";

/** The request of a call that takes no parameters: still an object, so fields can be added later. */
export type NoParams = Record<string, never>;

/**
 * How the open workspace was chosen: a folder of the team's chosen in the app, the embedded demo
 * chosen in the app, the OCD_WORKSPACE override, or nothing yet (the window shows the welcome).
 */
export type WorkspaceOrigin = "folder" | "demo" | "environment" | "none";

/** What the app says about itself. */
export interface AppInfo {
  name: string;
  version: string;
  /** Absolute path of the workspace folder in use; null while none is chosen. */
  workspaceDir: string | null;
  /** True when that folder is the embedded default shipped with the app. */
  embeddedWorkspace: boolean;
  /** How that workspace was chosen; it changes when the user opens another. */
  workspaceOrigin: WorkspaceOrigin;
}

/**
 * The workspace as the window shows it: valid, or its problems plus the last valid workspace that
 * is still being monitored (absent when none was ever loaded).
 */
export type WorkspaceView = WorkspaceResult | (Extract<WorkspaceResult, { ok: false }> & { running?: Workspace });

/** Payload of `workspace:changed`: the renderer re-fetches `workspace:get` when it arrives. */
export interface WorkspaceChanged {
  ok: boolean;
}

/** Payload of `status:changed`: the renderer re-fetches `status:get` when it arrives. */
export interface StatusChanged {
  at: string;
}

/** Payload of `app:navigate`: main (tray, notification, menu) asks the window to show a route (see routes.ts). */
export interface Navigate {
  path: RoutePath;
}

/** An optional instant (ISO with offset); main's clock when absent. */
export interface AtParams {
  at?: string;
}

/** A range of instants (ISO with offset), `to` exclusive; both absent means the channel's default range. */
export interface OptionalRange {
  from?: string;
  to?: string;
}

/** The KPI windows the window offers: sources are read 30 days back, so no longer. */
export type KpiDays = 7 | 30;

/** The days of history a pipeline view may ask for: sources are read 30 days back, so no longer. */
export const MAX_HISTORY_DAYS = 30;

/** What became of a file main was asked to save: not saved when the user cancelled the dialog. */
export interface SaveResult {
  saved: boolean;
  /** Where it was written. */
  path?: string;
}

/** How the user picks the workspace the app opens: a folder of theirs, a new one copied from the template, or the demo. */
export type WorkspaceChoiceAction = "open-folder" | "create-from-template" | "demo";

/** What became of a workspace choice: not chosen when the user cancelled the dialog. */
export interface WorkspaceChosen {
  chosen: boolean;
  /** The folder now open, when chosen. */
  workspaceDir?: string;
}

/** Who acts on an incident or a hand-over: an engineer id; absent, the engineer this machine belongs to (settings, "who am I"). */
export interface AsParams {
  as?: string;
}

/** An incident to act on. */
export interface IncidentParams {
  incidentId: string;
}

/** Payload of `incidents:changed`: an incident was started or changed; the renderer re-fetches it and the list. */
export interface IncidentsChanged {
  incidentId: string;
}

/** Payload of `handoff:changed`: a hand-over note or acknowledgement was written; the renderer re-fetches `handoff:get`. */
export interface HandoffChanged {
  at: string;
}

/** What became of a hand-over note: the briefing as it now stands, and where it was shared in the workspace, if asked to. */
export interface HandoffNoteSaved {
  briefing: HandoffBriefing | null;
  sharedPath: string | null;
}

/** What a dry run or a real clear of an incident's failed tasks came to, and the incident with it on its timeline. */
export interface RecoveryResult {
  outcome: ClearOutcome;
  incident: IncidentView;
}

/** Renderer → main calls: channel → preload method name, request and response. */
export interface InvokeMap {
  "app:info": { method: "getAppInfo"; request: NoParams; response: AppInfo };
  "workspace:get": { method: "getWorkspace"; request: NoParams; response: WorkspaceView };
  /** Re-reads the workspace from disk; main then broadcasts `workspace:changed`. */
  "workspace:reload": { method: "reloadWorkspace"; request: NoParams; response: WorkspaceView };
  /** Every pipeline's state and the open alerts; null while the workspace is invalid. */
  "status:get": { method: "getStatus"; request: NoParams; response: StatusSnapshot | null };
  /** SLA compliance, uptime, MTTR, freshness (median, p95), MTTA, resolution, completeness and accuracy over the last 7 or 30 days up to main's now, per pipeline and overall, against the targets, with daily series, the range covered and the age of the newest data; null while the workspace is invalid. */
  "kpis:get": { method: "getKpis"; request: { days: KpiDays }; response: KpiReport | null };
  /** The risk register at main's now: scores, levels, review dates, the heat map and the live signals (with the running desk's status); null while the workspace is invalid. */
  "risks:get": { method: "getRisks"; request: NoParams; response: RisksView | null };
  /** Who is on call at `at`, until when, and who is next; null while the workspace is invalid. */
  "oncall:now": { method: "getOnCall"; request: AtParams; response: OnCallView | null };
  /** The escalation chain of a pipeline at `at`; null while the workspace is invalid. */
  "escalation:get": { method: "getEscalation"; request: AtParams & { pipelineId: string }; response: EscalationChain | null };
  /** Acknowledges an open or snoozed alert; null when it is unknown or no longer open. */
  "alerts:acknowledge": { method: "acknowledgeAlert"; request: { alertId: string }; response: AlertView | null };
  /** Silences an open alert until `until` (ISO with offset); null when it is unknown or not open. */
  "alerts:snooze": { method: "snoozeAlert"; request: { alertId: string; until: string }; response: AlertView | null };
  /** The shifts overlapping `from`..`to` (ISO with offset), of one engineer if given; null while the workspace is invalid. */
  "schedule:get": { method: "getSchedule"; request: { from: string; to: string; engineer?: string }; response: ShiftView[] | null };
  /** The schedule's lint findings over the range (default: main's now to 90 days later), instants in the workspace zone; null while the workspace is invalid. */
  "rotation:lint": { method: "lintRotation"; request: OptionalRange; response: (LintJson & { zone: string }) | null };
  /** Hours, night, weekend and holiday hours and shifts per engineer over the range (default: the rotation cycle around main's now); null while the workspace is invalid. */
  "rotation:fairness": { method: "getFairness"; request: OptionalRange; response: FairnessJson | null };
  /** Writes the shifts of the range (of one engineer if given) as an .ics file where the user picks in main's save dialog. */
  "rotation:export-ics": { method: "exportCalendar"; request: { from: string; to: string; engineer?: string }; response: SaveResult };
  /** The workspace's sources with their secret state and polling health (never a secret); null while the workspace is invalid. */
  "sources:list": { method: "listSources"; request: NoParams; response: SourcesView | null };
  /** Stores the secret of a source with auth under its password_env name, polls it at once and returns it as it then stands. */
  "sources:set-secret": { method: "setSourceSecret"; request: { sourceId: string; secret: string }; response: SourceView };
  /** Forgets the stored secret of a source (its environment variable, if set, applies again from the next poll). */
  "sources:delete-secret": { method: "deleteSourceSecret"; request: { sourceId: string }; response: SourceView };
  /** Polls one source (or all) now and returns the sources as they then stand. */
  "sources:poll-now": { method: "pollSourcesNow"; request: { sourceId?: string }; response: SourcesView };
  /** This machine's settings (workspace choice, who am I, start at login, notification pause, theme). */
  "settings:get": { method: "getSettings"; request: NoParams; response: Settings };
  /** Changes some settings and returns them all; main then broadcasts `settings:changed`. */
  "settings:update": { method: "updateSettings"; request: SettingsPatch; response: Settings };
  /** Opens a workspace as the user chooses (main's folder dialog for folders); main then broadcasts `workspace:changed`. */
  "workspace:choose": { method: "chooseWorkspace"; request: { action: WorkspaceChoiceAction }; response: WorkspaceChosen };
  /** Every incident of this machine's state folder (unresolved only unless `all`), oldest first. */
  "incidents:list": { method: "listIncidents"; request: { all?: boolean }; response: IncidentSummary[] };
  /** One incident with its checklist, notes, timeline (its alerts' instants included), escalations and resolution. */
  "incidents:get": { method: "getIncident"; request: IncidentParams; response: IncidentView };
  /** Starts an incident from an alert or a pipeline: its unresolved alerts (acknowledged), the runbook's checklist as it is now, `as` (default: me) commanding. */
  "incidents:start": { method: "startIncident"; request: AsParams & ({ alertId: string; pipelineId?: string } | { pipelineId: string; alertId?: string }); response: IncidentView };
  /** A checklist step (1-based) done, skipped (`reason` required) or reopened, with an optional note. */
  "incidents:step": { method: "setIncidentStep"; request: AsParams & IncidentParams & { n: number; outcome: "done" | "skipped" | "reopened"; reason?: string; note?: string }; response: IncidentView };
  /** A note on the incident, or on one step. */
  "incidents:note": { method: "addIncidentNote"; request: AsParams & IncidentParams & { text: string; step?: number }; response: IncidentView };
  /** open ⇄ mitigated (resolving is `incidents:resolve`). */
  "incidents:set-state": { method: "setIncidentState"; request: AsParams & IncidentParams & { state: "open" | "mitigated" }; response: IncidentView };
  /** The escalation panel at main's now: the pipeline's chain with who was asked, the next person (due once ack_timeout has passed), the message and mailto:/tel: links. */
  "incidents:escalation": { method: "getIncidentEscalation"; request: IncidentParams; response: IncidentEscalation };
  /** Records an escalation (to `to`, default the next person of the chain) and returns whom to contact and the message. */
  "incidents:escalate": { method: "escalateIncident"; request: AsParams & IncidentParams & { to?: string }; response: EscalationSent };
  /** Resolves with a summary, a cause, related risk ids and follow-ups; unfinished steps stay listed as not done. */
  "incidents:resolve": { method: "resolveIncident"; request: AsParams & IncidentParams & { summary: string; cause: CauseCategory; risks: string[]; followUps: FollowUp[] }; response: IncidentView };
  /** Writes the postmortem (Markdown) where the user picks in main's save dialog. */
  "incidents:export": { method: "exportPostmortem"; request: IncidentParams; response: SaveResult };
  /** Saves the postmortem into the workspace's incidents/ folder, to share through git (refused for the embedded workspace). */
  "incidents:share": { method: "shareIncident"; request: IncidentParams; response: { path: string } };
  /** The hand-over briefing for the next shift change after `at` (default main's now); null while the workspace is invalid or no change is due within two days. */
  "handoff:get": { method: "getHandoff"; request: AtParams; response: HandoffBriefing | null };
  /** "I have the pager" for the shift change at `handoffAt`; returns that change's briefing. */
  "handoff:acknowledge": { method: "acknowledgeHandoff"; request: AsParams & { handoffAt: string }; response: HandoffBriefing | null };
  /** Writes a hand-over note (kept in the state folder); with `share`, also saves the briefing into the workspace's handoffs/ folder. */
  "handoff:save-note": { method: "saveHandoffNote"; request: AsParams & { text: string; share?: boolean }; response: HandoffNoteSaved };
  /** Every runbook with its sections, checklist, Markdown and last change; null while the workspace is invalid. */
  "runbooks:list": { method: "listRunbooks"; request: NoParams; response: RunbookView[] | null };
  /** One pipeline's runbook; null while the workspace is invalid. */
  "runbooks:get": { method: "getRunbook"; request: { pipelineId: string }; response: RunbookView | null };
  /** One pipeline's intervals over the last `days` days (at most MAX_HISTORY_DAYS) up to main's now against their deadlines, and its newest runs; null while the workspace is invalid. */
  "pipeline:history": { method: "getPipelineHistory"; request: { pipelineId: string; days: number }; response: PipelineHistory | null };
  /**
   * The recovery actions for the run the incident answers (from the monitor's last reading), with
   * `notes` saying plainly why anything is not offered. `open-*` actions carry their URL: open it with
   * `window.open(url)` or a `target="_blank"` link, and main hands it to the browser when it points
   * at one of the workspace's sources (main/app/external-links.ts).
   */
  "recovery:list": { method: "listRecoveryActions"; request: IncidentParams; response: RecoveryOptions };
  /** The dry run of "clear the failed tasks": the task instances Airflow would clear (or why not: 403 refused, other failures); recorded on the timeline. */
  "recovery:preview-clear": { method: "previewClearFailedTasks"; request: AsParams & IncidentParams; response: RecoveryResult };
  /** Clears the failed tasks for real, once the user has confirmed the dry run of `runId`; refused when the incident's run has changed since. Recorded on the timeline. */
  "recovery:clear": { method: "clearFailedTasks"; request: AsParams & IncidentParams & { runId: string }; response: RecoveryResult };
}

/** Main → renderer events: channel → payload. */
export interface EventMap {
  "workspace:changed": WorkspaceChanged;
  "status:changed": StatusChanged;
  "settings:changed": Settings;
  "app:navigate": Navigate;
  "incidents:changed": IncidentsChanged;
  "handoff:changed": HandoffChanged;
}

/** An invoke channel's name. */
export type InvokeChannel = keyof InvokeMap;

/** The incident, hand-over and runbook channels (main/app/incident-handlers.ts handles them). */
export type IncidentChannel = Extract<InvokeChannel, `incidents:${string}` | `handoff:${string}` | `runbooks:${string}`>;

/** The recovery channels (main/app/recovery-handlers.ts handles them). */
export type RecoveryChannel = Extract<InvokeChannel, `recovery:${string}`>;

/** An event channel's name. */
export type EventChannel = keyof EventMap;

/** The event channels the preload lets the renderer listen to; the type makes it complete. */
export const EVENT_CHANNELS: { readonly [E in EventChannel]: true } = {
  "workspace:changed": true,
  "status:changed": true,
  "settings:changed": true,
  "app:navigate": true,
  "incidents:changed": true,
  "handoff:changed": true,
};

/** The object the preload exposes as `window.oncall`: one method per invoke channel, plus `on`. */
export type OncallApi = {
  readonly [K in InvokeChannel as InvokeMap[K]["method"]]: (request: InvokeMap[K]["request"]) => Promise<InvokeMap[K]["response"]>;
} & {
  /** Listens to a main → renderer event; returns the unsubscribe function. */
  on<E extends EventChannel>(event: E, listener: (payload: EventMap[E]) => void): () => void;
};
