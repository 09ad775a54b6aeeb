/**
 * What the `incident` and `handoff` commands share: the workspace, the incidents and hand-over
 * notes under the state folder, the alert book kept there, who is acting, and one clear line
 * (exit 2 for something unknown, 1 for a refused change) when an operation is refused.
 */
import path from "node:path";
import type { CliIo } from "./command";
import { UsageError } from "./command";
import { parseInstantArg, WORKSPACE_OPTION } from "./args";
import { cliStateDir } from "./state-dir";
import { loadWorkspaceArg, workspaceDir } from "./workspace-arg";
import { createAlertBook } from "../services/alerts/alert-book";
import { confStore } from "../services/alerts/conf-store";
import { systemClock } from "../services/clock";
import { createHandoffStore, type HandoffStore } from "../services/incidents/handoff-store";
import type { IncidentWorld } from "../services/incidents/incident-actions";
import { IncidentError, UNKNOWN_CODES } from "../services/incidents/incident-error";
import { createIncidentService, type IncidentService } from "../services/incidents/incident-service";
import { EMBEDDED_WORKSPACE_DIR } from "../services/workspace/load-workspace";
import { compileSchedule } from "../../shared/domain/rotation/schedule";

/** The flags every incident command takes. */
export const INCIDENT_OPTIONS = { ...WORKSPACE_OPTION, state: { type: "string" }, as: { type: "string" }, at: { type: "string" } } as const;

/** The environment variable naming the engineer at this terminal when `--as` is not given. */
export const AS_ENV = "OCD_AS";

/** A loaded incident command. */
export interface IncidentCli {
  world: IncidentWorld;
  incidents: IncidentService;
  handoffs: HandoffStore;
  /** `--at`, else now. */
  at: Date;
  /** True when `--at` was given: a back-dated change acknowledges no alert. */
  backDated: boolean;
  /** `--as`, else $OCD_AS, else `fallback` (e.g. the incident's commander); a UsageError when none. */
  who(fallback?: string): string;
  /** True when the workspace is the embedded default (never written to). */
  embedded: boolean;
}

/** Loads what an incident command needs; undefined (problems printed, exit 1) when the workspace is invalid. */
export async function loadIncidentCli(command: string, values: { workspace?: string; state?: string; as?: string; at?: string }, io: CliIo): Promise<IncidentCli | undefined> {
  const workspace = await loadWorkspaceArg(values.workspace, io);
  if (!workspace) return undefined;
  const dir = workspaceDir(values.workspace);
  const stateDir = cliStateDir(values.state, dir, io.env);
  const onProblem = (m: string) => io.err.write(`oncall-desk ${command}: ${m}\n`);
  const at = values.at === undefined ? new Date() : parseInstantArg("at", values.at, workspace.timezone).toJSDate();
  // The alerts the command line's status keeps under the same state folder.
  const alerts = createAlertBook({ store: confStore({ cwd: stateDir, onProblem }), clock: systemClock(), onProblem });
  return {
    world: { workspace, workspaceDir: path.resolve(dir), schedule: compileSchedule(workspace), alerts },
    incidents: createIncidentService({ stateDir, onProblem }),
    handoffs: createHandoffStore(stateDir, onProblem),
    at,
    backDated: values.at !== undefined,
    who(fallback) {
      const who = values.as ?? (io.env[AS_ENV] || undefined) ?? fallback;
      if (who === undefined) throw new UsageError(`say who you are: --as ENGINEER, or set ${AS_ENV}`);
      return who;
    },
    embedded: path.resolve(dir) === path.resolve(EMBEDDED_WORKSPACE_DIR),
  };
}

/** Runs an incident operation, turning a refusal into one line: exit 2 when it named something unknown, 1 otherwise. */
export async function refusalsAsExitCodes(command: string, io: CliIo, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof IncidentError)) throw error;
    io.err.write(`oncall-desk ${command}: ${error.message}\n`);
    return UNKNOWN_CODES.has(error.code) ? 2 : 1;
  }
}

/** Refuses to write into the embedded default workspace, which ships with the app and is no team's. */
export function sharedWorkspaceDir(cli: IncidentCli): string {
  if (cli.embedded) throw new IncidentError("invalid", "the embedded default workspace is not shared through git: pass --workspace DIR with your team's folder");
  return cli.world.workspaceDir;
}
