/**
 * Where the command line keeps a workspace's operational state (alerts and acknowledgements,
 * incidents): `--state DIR` exactly as given, or one folder per workspace under the user's config
 * folder, so two workspaces never share alerts.
 */
import { createHash } from "node:crypto";
import { homedir } from "node:os";
import path from "node:path";

/** The user's config folder as each OS names it; `env` is read instead of process.env so tests can point it elsewhere. */
export function userConfigDir(env: Record<string, string | undefined>, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  if (platform === "win32") return env.APPDATA ?? path.join(home, "AppData", "Roaming");
  if (platform === "darwin") return path.join(home, "Library", "Application Support");
  return env.XDG_CONFIG_HOME || path.join(home, ".config");
}

/** The state folder of the workspace at `workspaceDir`: `stateArg` resolved when given, else `<config>/oncall-desk/workspaces/<name>-<hash of its absolute path>`. */
export function cliStateDir(stateArg: string | undefined, workspaceDir: string, env: Record<string, string | undefined>): string {
  if (stateArg !== undefined) return path.resolve(stateArg);
  const absolute = path.resolve(workspaceDir);
  // The folder's name keeps it recognisable; the hash keeps two folders of the same name apart.
  const key = `${path.basename(absolute).replace(/[^A-Za-z0-9._-]/g, "_") || "root"}-${createHash("sha256").update(absolute).digest("hex").slice(0, 12)}`;
  return path.join(userConfigDir(env), "oncall-desk", "workspaces", key);
}
