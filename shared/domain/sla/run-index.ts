/**
 * Every pipeline's runs kept across polls, so that a poll re-reads only what changed. Each poll hands
 * over all ~30 days of runs as fresh objects; reading their instants again is most of the cost of
 * evaluating a large workspace, while from one poll to the next only a run or two per pipeline changes.
 */
import type { PipelineRun } from "../runs";
import { instantMs } from "./instant";
import { historyOf, timeRun, type InstantParser, type RunHistory, type TimedRun } from "./run-history";

/** Run histories by pipeline, updated incrementally from each reading. */
export interface RunIndex {
  /** The history of `pipelineId` now that its source reports `runs`, its whole window: absent runs are gone, unchanged ones (same run id, state and instants) keep their records. */
  historyOf(pipelineId: string, runs: readonly PipelineRun[]): RunHistory;
}

/** What one pipeline's last reading left behind: its runs timed, in the reading's order. */
interface Entry {
  runs: readonly PipelineRun[];
  timed: readonly TimedRun[];
  history: RunHistory;
}

/** Places either side of the expected one where a run is looked for before it is left for the run-id table. */
const NEARBY = [0, 1, -1, 2, -2];

/** The fields a timed run is derived from (and the type rules read); the run id is matched already and the pipeline is the entry's. */
function unchanged(seen: PipelineRun, now: PipelineRun): boolean {
  return seen.state === now.state && seen.intervalEnd === now.intervalEnd && seen.start === now.start && seen.end === now.end && seen.runType === now.runType;
}

/** `known`, the record of the same run id, while the run is unchanged; else the run read anew. */
function reuse(known: TimedRun | undefined, run: PipelineRun, parse: InstantParser): TimedRun {
  return known && unchanged(known.run, run) ? known : timeRun(run, parse);
}

/**
 * `runs` timed, reusing the records of `before` (the last reading) for runs that did not change.
 * Sources list runs in a stable order, so from one poll to the next a run sits where it was or a
 * place or two off (runs added at one end, the oldest gone at the other): it is looked for there
 * first, one string comparison instead of hashing every run id. The few runs not found nearby can
 * only be records no other run claimed, so only those go into a run-id table.
 */
function timeAll(before: readonly TimedRun[], runs: readonly PipelineRun[], parse: InstantParser): TimedRun[] {
  const timed = new Array<TimedRun>(runs.length);
  const claimed = new Array<boolean>(before.length).fill(false);
  const missed: number[] = [];
  let shift = 0;
  // Plain loops: this runs for every run of every pipeline on every poll.
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    let j = -1;
    for (const d of NEARBY) {
      if (before[i + shift + d]?.run.runId === run.runId) {
        j = i + shift + d;
        break;
      }
    }
    if (j < 0) {
      missed.push(i);
      continue;
    }
    shift = j - i;
    claimed[j] = true;
    timed[i] = reuse(before[j], run, parse);
  }
  if (missed.length > 0) {
    const unclaimed = new Map(before.filter((_, j) => !claimed[j]).map((t) => [t.run.runId, t]));
    for (const i of missed) timed[i] = reuse(unclaimed.get(runs[i]!.runId), runs[i]!, parse);
  }
  return timed;
}

/** An empty index; `parse` reads instants (injectable so tests can count what is re-read). */
export function createRunIndex(parse: InstantParser = instantMs): RunIndex {
  const entries = new Map<string, Entry>();
  return {
    historyOf(pipelineId, runs) {
      const entry = entries.get(pipelineId);
      if (entry?.runs === runs) return entry.history;
      const before = entry?.timed ?? [];
      const timed = timeAll(before, runs, parse);
      // Most polls change nothing for most pipelines: the same records in the same order, the same history.
      const same = entry !== undefined && timed.length === before.length && timed.every((t, i) => t === before[i]);
      const history = same ? entry.history : historyOf(timed);
      entries.set(pipelineId, { runs, timed: same ? before : timed, history });
      return history;
    },
  };
}
