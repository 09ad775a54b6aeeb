/**
 * The app's own settings, kept per machine in its state dir (never in the team's workspace):
 * which workspace to open, who this machine belongs to, start at login, notification pause, theme.
 */
import { z } from "zod";

/** The workspace the app opens: a folder the user chose, or the embedded default with demo data. */
export const workspaceChoiceSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("folder"), dir: z.string().min(1) }),
  z.strictObject({ kind: z.literal("demo") }),
]);

/** Who uses this machine: one of the workspace's engineers, or someone only watching. */
export const identitySchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("engineer"), engineer: z.string().min(1).max(200) }),
  z.strictObject({ kind: z.literal("watcher") }),
]);

/** The window's colour scheme; `system` follows the OS. */
export const themeSchema = z.enum(["system", "light", "dark"]);

/** Every setting; `null` means "not chosen yet" where the app asks on first run. */
export const settingsSchema = z.strictObject({
  /** Null on first run: the window shows the welcome view. */
  workspace: workspaceChoiceSchema.nullable(),
  /** Null until the user answers "who am I". */
  identity: identitySchema.nullable(),
  /** Null: the default, which is on once a workspace has been chosen. */
  startAtLogin: z.boolean().nullable(),
  /** Notifications stay quiet until this instant (ISO with offset); null when not paused. */
  notificationsPausedUntil: z.iso.datetime({ offset: true }).nullable(),
  theme: themeSchema,
});

/** The settings as stored and shown. */
export type Settings = z.infer<typeof settingsSchema>;
/** A workspace choice. */
export type WorkspaceChoice = z.infer<typeof workspaceChoiceSchema>;
/** Who uses this machine. */
export type Identity = z.infer<typeof identitySchema>;
/** A colour scheme choice. */
export type Theme = z.infer<typeof themeSchema>;

/** A change to some settings; absent keys stay as they are. */
export const settingsPatchSchema = settingsSchema.partial();
/** A change to some settings. */
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** The settings of a machine that has never chosen anything. */
export const DEFAULT_SETTINGS: Settings = {
  workspace: null,
  identity: null,
  startAtLogin: null,
  notificationsPausedUntil: null,
  theme: "system",
};

/** The engineer id this machine belongs to, or null for a watcher or an unanswered question. */
export function myEngineer(settings: Settings): string | null {
  return settings.identity?.kind === "engineer" ? settings.identity.engineer : null;
}

/**
 * Reads stored settings field by field: a field that no longer parses (an older or hand-edited
 * file) falls back to its default alone, and is named in `problems`, so one bad value never resets the rest.
 */
export function readSettings(stored: unknown): { settings: Settings; problems: string[] } {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const problems: string[] = [];
  if (stored === undefined) return { settings, problems };
  if (typeof stored !== "object" || stored === null || Array.isArray(stored)) return { settings, problems: ["stored settings are not an object; using the defaults"] };
  const shape = settingsSchema.shape;
  for (const key of Object.keys(shape) as (keyof Settings)[]) {
    if (!(key in stored)) continue;
    const parsed = shape[key].safeParse((stored as Record<string, unknown>)[key]);
    if (parsed.success) (settings as Record<keyof Settings, unknown>)[key] = parsed.data;
    else problems.push(`stored setting "${key}" is invalid (${parsed.error.issues[0]?.message ?? "unreadable"}); using its default`);
  }
  return { settings, problems };
}
