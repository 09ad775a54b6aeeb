/** The incident journals of a state folder: `<state dir>/incidents/<id>.jsonl`, one event per line. */
import { readdir } from "node:fs/promises";
import path from "node:path";
import { incidentEventSchema, type IncidentChange, type IncidentEvent, type StartedEvent } from "../../../shared/domain/incidents/incident-events";
import { appendJournal, createJournal, readJournal, type ParseEntry } from "./journal-file";

/** Incident ids are ULIDs: 26 characters of Crockford's base 32, time first, so they sort by time. */
export const INCIDENT_ID_RE = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** The events of one journal and the lines that could not be read. */
export interface JournalEvents {
  events: IncidentEvent[];
  problems: string[];
}

/** Reads and writes the journals of one state folder. */
export interface IncidentJournal {
  /** `<state dir>/incidents`. */
  readonly dir: string;
  /** Writes a new journal holding its first event; rejects when one with this id exists. */
  create(started: StartedEvent): Promise<void>;
  /** Appends events to an incident's journal, on disk when it resolves. */
  append(id: string, changes: readonly IncidentChange[]): Promise<void>;
  /** The journal of `id`; undefined when there is none (or `id` is not an incident id). */
  read(id: string): Promise<JournalEvents | undefined>;
  /** Every incident id with a journal, oldest first. */
  ids(): Promise<string[]>;
}

const parseEvent: ParseEntry<IncidentEvent> = (value) => {
  const parsed = incidentEventSchema.safeParse(value);
  if (parsed.success) return { ok: true, entry: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, reason: `not an incident event (${issue ? `${issue.path.join(".") || "event"}: ${issue.message}` : "bad shape"})` };
};

/** The journals under `stateDir`. */
export function incidentJournal(stateDir: string): IncidentJournal {
  const dir = path.join(stateDir, "incidents");
  // The id becomes a file name: only a real id may, so a request can never name another path.
  const fileOf = (id: string) => (INCIDENT_ID_RE.test(id) ? path.join(dir, `${id}.jsonl`) : undefined);
  return {
    dir,
    async create(started) {
      const file = fileOf(started.id);
      if (!file) throw new Error(`"${started.id}" is not an incident id`);
      await createJournal(file, [started]);
    },
    async append(id, changes) {
      const file = fileOf(id);
      if (!file) throw new Error(`"${id}" is not an incident id`);
      await appendJournal(file, changes);
    },
    async read(id) {
      const file = fileOf(id);
      if (!file) return undefined;
      const read = await readJournal(file, parseEvent);
      return read && { events: read.entries, problems: read.problems };
    },
    async ids() {
      const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return [] as string[];
        throw error;
      });
      return names.flatMap((n) => (n.endsWith(".jsonl") && INCIDENT_ID_RE.test(n.slice(0, -6)) ? [n.slice(0, -6)] : [])).sort();
    },
  };
}
