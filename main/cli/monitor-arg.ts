/** The status monitor as the command line builds it: system clock, environment credentials, alerts under --state. */
import type { CliIo } from "./command";
import { confStore } from "../services/alerts/conf-store";
import { memoryStore, type KeyValueStore } from "../services/alerts/key-value-store";
import { systemClock } from "../services/clock";
import { createStatusMonitor, type StatusMonitor } from "../services/status/monitor";
import type { Workspace } from "../../shared/domain/workspace";

/** Where a command keeps alerts: in memory for a hypothetical `--at`, else `alerts.json` in the workspace's state folder (see cliStateDir). */
export function alertStoreFor(command: string, io: CliIo, at: Date | undefined, stateDir: string): KeyValueStore {
  // A hypothetical instant must not raise or resolve real alerts.
  if (at) return memoryStore();
  return confStore({ cwd: stateDir, onProblem: (m) => io.err.write(`oncall-desk ${command}: ${m}\n`) });
}

/** The monitor of `ws` on the system clock, reporting problems on stderr as `oncall-desk COMMAND: …`. */
export function cliMonitor(command: string, ws: Workspace, io: CliIo, store: KeyValueStore, at?: Date): StatusMonitor {
  return createStatusMonitor({ workspace: ws, store, clock: systemClock(), env: io.env, at, onProblem: (m) => io.err.write(`oncall-desk ${command}: ${m}\n`) });
}
