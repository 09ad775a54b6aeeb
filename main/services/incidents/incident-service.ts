/**
 * Incidents kept in a state folder: started from a pipeline's runbook as it is on disk now,
 * changed only through the domain's rules, each change on disk (fsync) before it is confirmed.
 * The app and the command line both run this; only the state folder differs.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { monotonicFactory, ulid } from "ulid";
import { changeContext, checkChange, checkStart } from "../../../shared/domain/incidents/check-change";
import { applyEvent, foldIncident, type Incident } from "../../../shared/domain/incidents/fold-incident";
import type { IncidentAlert, IncidentChange, StartedEvent } from "../../../shared/domain/incidents/incident-events";
import { journalInstant } from "../../../shared/domain/incidents/incident-text";
import { parseRunbook } from "../../../shared/domain/runbook";
import type { AlertRecord } from "../../../shared/domain/incidents/incident-timeline";
import type { Workspace } from "../../../shared/domain/workspace";
import { IncidentError } from "./incident-error";
import { incidentJournal } from "./incident-journal";

/** How the service is built. */
export interface IncidentServiceOptions {
  /** The state folder; journals go to `<stateDir>/incidents`. Undefined: incidents are refused with a plain reason (hosts without one). */
  stateDir: string | undefined;
  /** Told once about each journal line that could not be read (a torn last line after a crash). */
  onProblem?: (message: string) => void;
  /** Makes an incident id from its start instant (default: timeOrderedIds()). */
  newId?: (startMs: number) => string;
}

/** What starting an incident takes. */
export interface StartRequest {
  workspace: Workspace;
  /** The workspace folder: the runbook is read from disk, as it is at the start. */
  workspaceDir: string;
  pipelineId: string;
  /** The commander. */
  by: string;
  at: Date;
  /** The alerts it answers, as the alert book holds them. */
  alerts: readonly AlertRecord[];
}

/** The incidents of one state folder. */
export interface IncidentService {
  /** Every incident, oldest first. Journals that name no incident are reported and left out. */
  list(): Promise<Incident[]>;
  /** One incident; rejects with `unknown-incident`. */
  get(id: string): Promise<Incident>;
  /** Starts an incident; resolves once its journal is on disk. */
  start(request: StartRequest): Promise<Incident>;
  /** Applies a change if the rules allow it; resolves once it is on disk. Rejects with an IncidentError saying why not. */
  change(workspace: Pick<Workspace, "team" | "manager" | "risks">, id: string, change: IncidentChange): Promise<Incident>;
  /** Called with the incident's id after every change on disk; returns the unsubscribe function. */
  subscribe(listener: (incidentId: string) => void): () => void;
}

/**
 * ULIDs from start instants: monotonic within one millisecond (two incidents started at once keep
 * their order), and a back-dated start gets its own earlier time rather than the last one's.
 */
export function timeOrderedIds(): (ms: number) => string {
  const monotonic = monotonicFactory();
  let last = -Infinity;
  return (ms) => {
    if (ms < last) return ulid(ms);
    last = ms;
    return monotonic(ms);
  };
}

/** The alert as the incident keeps it. */
function incidentAlert(a: AlertRecord): IncidentAlert {
  const { id, kind, intervalEnd, reason, openedAt, acknowledgedAt, acknowledgedBy } = a;
  return { id, kind, intervalEnd, reason, openedAt, ...(acknowledgedAt ? { acknowledgedAt } : {}), ...(acknowledgedBy ? { acknowledgedBy } : {}) };
}

/** Opens the incidents of `options.stateDir`. */
export function createIncidentService(options: IncidentServiceOptions): IncidentService {
  const journal = options.stateDir === undefined ? undefined : incidentJournal(options.stateDir);
  const newId = options.newId ?? timeOrderedIds();
  const listeners = new Set<(id: string) => void>();
  const reported = new Set<string>();
  // Changes to one incident run one at a time, so two quick clicks are checked against each other.
  const queues = new Map<string, Promise<unknown>>();

  const store = () => {
    if (!journal) throw new IncidentError("unavailable", "incidents are not available here: no state folder was given");
    return journal;
  };
  const report = (problems: readonly string[]) => {
    for (const p of problems) {
      if (reported.has(p)) continue;
      reported.add(p);
      options.onProblem?.(p);
    }
  };
  const notify = (id: string) => {
    for (const listener of [...listeners]) listener(id);
  };

  async function load(id: string): Promise<Incident | undefined> {
    const read = await store().read(id);
    if (!read) return undefined;
    report(read.problems);
    try {
      return foldIncident(read.events);
    } catch (error) {
      report([`${path.join(store().dir, `${id}.jsonl`)}: names no incident (${error instanceof Error ? error.message : String(error)})`]);
      return undefined;
    }
  }

  async function get(id: string): Promise<Incident> {
    const incident = await load(id);
    if (!incident) throw new IncidentError("unknown-incident", `unknown incident "${id}"`);
    return incident;
  }

  function serially<T>(id: string, work: () => Promise<T>): Promise<T> {
    const run = (queues.get(id) ?? Promise.resolve()).catch(() => undefined).then(work);
    queues.set(id, run);
    void run.finally(() => {
      if (queues.get(id) === run) queues.delete(id);
    }).catch(() => undefined);
    return run;
  }

  return {
    async list() {
      const incidents = await Promise.all((await store().ids()).map(load));
      return incidents.filter((i): i is Incident => i !== undefined);
    },
    get,
    async start(request) {
      const { workspace, pipelineId } = request;
      const journalStore = store();
      if (!workspace.pipelines.some((p) => p.id === pipelineId)) {
        throw new IncidentError("unknown-pipeline", `unknown pipeline "${pipelineId}" (known: ${workspace.pipelines.map((p) => p.id).join(", ")})`);
      }
      const runbook = workspace.runbooks[pipelineId];
      if (!runbook) throw new IncidentError("invalid", `pipeline "${pipelineId}" has no runbook`);
      // The checklist as the file says now: later edits of the runbook do not change this incident.
      const text = await readFile(path.join(request.workspaceDir, runbook.file), "utf8").catch((error: Error) => {
        throw new IncidentError("invalid", `cannot read the runbook ${runbook.file}: ${error.message}`);
      });
      const steps = parseRunbook(pipelineId, runbook.file, text).steps.map((s) => ({ n: s.index, text: s.text }));
      const at = request.at.getTime();
      const started: StartedEvent = {
        type: "started",
        v: 1,
        id: newId(at),
        at: journalInstant(at),
        by: request.by,
        pipelineId,
        alerts: request.alerts.map(incidentAlert),
        runbook: { file: runbook.file, sha256: createHash("sha256").update(text).digest("hex"), steps },
      };
      const refusal = checkStart(started, changeContext(workspace));
      if (refusal) throw new IncidentError(refusal.code, refusal.message);
      await journalStore.create(started);
      notify(started.id);
      return foldIncident([started]);
    },
    change(workspace, id, change) {
      return serially(id, async () => {
        const incident = await get(id);
        const refusal = checkChange(incident, change, changeContext(workspace));
        if (refusal) throw new IncidentError(refusal.code, refusal.message);
        await store().append(id, [change]);
        notify(id);
        return applyEvent(incident, change);
      });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
