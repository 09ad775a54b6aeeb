/**
 * Where the command line keeps a workspace's operational state (alerts and acknowledgements,
 * incidents): `--state DIR` exactly as given, or one folder per workspace under the user's config
 * folder, so two workspaces never share alerts.
 */
import { homedir } from "node:os";
import path from "node:path";
import { workspaceStateKey } from "../services/state/workspace-state-key";

/** The user's config folder as each OS names it; `env` is read instead of process.env so tests can point it elsewhere. */
export function userConfigDir(env: Record<string, string | undefined>, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  if (platform === "win32") return env.APPDATA ?? path.join(home, "AppData", "Roaming");
  if (platform === "darwin") return path.join(home, "Library", "Application Support");
  return env.XDG_CONFIG_HOME || path.join(home, ".config");
}

/** The state folder of the workspace at `workspaceDir`: `stateArg` resolved when given, else `<config>/oncall-desk/workspaces/<name>-<hash of its absolute path>`. */
export function cliStateDir(stateArg: string | undefined, workspaceDir: string, env: Record<string, string | undefined>): string {
  if (stateArg !== undefined) return path.resolve(stateArg);
  return path.join(userConfigDir(env), "oncall-desk", "workspaces", workspaceStateKey(workspaceDir));
}
