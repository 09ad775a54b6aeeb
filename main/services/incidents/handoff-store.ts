/**
 * Hand-over notes and "I have the pager" acknowledgements of this machine, kept in the state folder
 * as one append-only journal (`<state dir>/handoffs.jsonl`), fsync'ed like the incidents.
 */
import path from "node:path";
import { z } from "zod";
import type { HandoffAcknowledgement, HandoffNote } from "../../../shared/domain/incidents/handoff-briefing";
import { appendJournal, readJournal, type ParseEntry } from "./journal-file";

const instant = z.iso.datetime({ offset: true });
const entrySchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("note"), at: instant, by: z.string().min(1), text: z.string().trim().min(1) }),
  z.object({ type: z.literal("acknowledged"), at: instant, by: z.string().min(1), handoffAt: instant }),
]);
type Entry = z.output<typeof entrySchema>;

/** What the journal holds. */
export interface HandoffRecords {
  notes: HandoffNote[];
  acknowledgements: HandoffAcknowledgement[];
}

/** The hand-over journal of one state folder. */
export interface HandoffStore {
  /** Every note and acknowledgement, in the order written. */
  read(): Promise<HandoffRecords>;
  /** Writes a note; resolves once it is on disk. */
  addNote(note: HandoffNote): Promise<void>;
  /** Records "I have the pager"; resolves once it is on disk. */
  acknowledge(ack: HandoffAcknowledgement): Promise<void>;
  /** Called after every write; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

const parseEntry: ParseEntry<Entry> = (value) => {
  const parsed = entrySchema.safeParse(value);
  return parsed.success ? { ok: true, entry: parsed.data } : { ok: false, reason: "not a hand-over note or acknowledgement" };
};

/** The store in `stateDir` (undefined: refused with a plain reason); `onProblem` hears of unreadable lines once each. */
export function createHandoffStore(stateDir: string | undefined, onProblem: (message: string) => void = () => undefined): HandoffStore {
  const file = stateDir === undefined ? undefined : path.join(stateDir, "handoffs.jsonl");
  const listeners = new Set<() => void>();
  const reported = new Set<string>();
  const target = () => {
    if (!file) throw new Error("hand-over notes are not available here: no state folder was given");
    return file;
  };
  async function write(entry: Entry): Promise<void> {
    await appendJournal(target(), [entry]);
    for (const listener of [...listeners]) listener();
  }
  return {
    async read() {
      const read = await readJournal(target(), parseEntry);
      for (const p of read?.problems ?? []) {
        if (!reported.has(p)) onProblem(p);
        reported.add(p);
      }
      const entries = read?.entries ?? [];
      return {
        notes: entries.flatMap((e) => (e.type === "note" ? [{ at: e.at, by: e.by, text: e.text }] : [])),
        acknowledgements: entries.flatMap((e) => (e.type === "acknowledged" ? [{ at: e.at, by: e.by, handoffAt: e.handoffAt }] : [])),
      };
    },
    addNote: (note) => write({ type: "note", ...note }),
    acknowledge: (ack) => write({ type: "acknowledged", ...ack }),
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
