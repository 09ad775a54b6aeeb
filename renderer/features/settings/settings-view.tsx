/**
 * This machine's settings: who I am, the workspace folder, notifications, start at login and the theme.
 * The view only reads and writes settings; main applies them (login item, notification pause, theme source).
 */
import { useState } from "react";
import type { Identity, Settings, Theme } from "../../../shared/domain/settings";
import type { ViewProps } from "../../app/route-table";
import { errorText } from "../../api";
import { Badge } from "../../components/badge";
import { Section } from "../../components/section";
import { ViewHeader } from "../../components/view-header";
import { formatZoned } from "../../components/zoned-time";
import { useNow } from "../../hooks/use-now";
import { useAppInfo } from "../../queries/app-info";
import { useChooseWorkspace, useSettings, useUpdateSettings } from "../../queries/settings";
import { useWorkspaceModel } from "../../queries/workspace";

const HOUR_MS = 3_600_000;

const THEMES: readonly (readonly [Theme, string])[] = [
  ["system", "Follow the system"],
  ["light", "Light"],
  ["dark", "Dark"],
];

/** A radio choice's key for an identity. */
function identityKey(identity: Identity | null): string {
  return identity === null ? "" : identity.kind === "watcher" ? "watcher" : `engineer:${identity.engineer}`;
}

function WhoAmI({ settings, update }: { settings: Settings; update: (patch: Partial<Settings>) => void }) {
  const { workspace } = useWorkspaceModel();
  const choices: { key: string; label: string; identity: Identity }[] = [
    ...(workspace?.team ?? []).map((e) => ({ key: `engineer:${e.id}`, label: `${e.name} (${e.level})`, identity: { kind: "engineer", engineer: e.id } as const })),
    { key: "watcher", label: "Nobody: I'm watching", identity: { kind: "watcher" } },
  ];
  const current = identityKey(settings.identity);
  return (
    <fieldset className="choices">
      <legend className="sr-only">Who I am</legend>
      <p className="cell__detail">The Now view and the rotation say "you" for this engineer's shifts.</p>
      {choices.map((c) => (
        <label key={c.key} className="choice">
          <input type="radio" name="identity" value={c.key} checked={current === c.key} onChange={() => update({ identity: c.identity })} /> {c.label}
        </label>
      ))}
    </fieldset>
  );
}

function WorkspaceFolder() {
  const info = useAppInfo().data;
  const choose = useChooseWorkspace();
  const result = choose.data;
  return (
    <Section title="Workspace">
      <p>
        {info ? <code className="path">{info.workspaceDir}</code> : "…"} {info?.embeddedWorkspace && <Badge kind="neutral">embedded default</Badge>}
      </p>
      <div className="row">
        <button type="button" className="button" disabled={choose.isPending} onClick={() => choose.mutate("open-folder")}>
          Open workspace…
        </button>
        <span role="status" className="cell__detail">
          {choose.isError && <span className="status--error">{errorText(choose.error)}</span>}
          {result && (result.chosen ? `Opened ${result.workspaceDir ?? "the folder"}` : "No folder chosen: the workspace is unchanged.")}
        </span>
      </div>
    </Section>
  );
}

function Notifications({ settings, update, zone }: { settings: Settings; update: (patch: Partial<Settings>) => void; zone: string }) {
  const now = useNow();
  const until = settings.notificationsPausedUntil;
  const paused = until !== null && Date.parse(until) > now;
  return (
    <Section title="Notifications">
      <p role="status" data-paused={paused}>
        {paused ? `Paused until ${formatZoned(until, zone)}.` : "On: a notification for every new alert."}
      </p>
      <div className="row">
        {paused ? (
          <button type="button" className="button" onClick={() => update({ notificationsPausedUntil: null })}>
            Resume notifications
          </button>
        ) : (
          <button type="button" className="button" onClick={() => update({ notificationsPausedUntil: new Date(now + HOUR_MS).toISOString() })}>
            Pause for 1 hour
          </button>
        )}
      </div>
    </Section>
  );
}

/** The Settings view. */
export function SettingsView(_: ViewProps) {
  const settings = useSettings();
  const updating = useUpdateSettings();
  const zone = useWorkspaceModel().workspace?.timezone ?? "UTC";
  // What the user just chose shows at once (a radio must not spring back while main saves it); main's answer then replaces it, or its refusal undoes it.
  const [draft, setDraft] = useState<Partial<Settings>>({});
  const s = settings.data && { ...settings.data, ...draft };
  const update = (patch: Partial<Settings>) => {
    setDraft((d) => ({ ...d, ...patch }));
    updating.mutate(patch, { onSettled: () => setDraft((d) => Object.fromEntries(Object.entries(d).filter(([key, value]) => patch[key as keyof Settings] !== value))) });
  };
  return (
    <div className="view">
      <ViewHeader title="Settings" meta="Kept on this machine, not in the team's workspace" />
      {settings.isError && <p className="status status--error">Could not read the settings: {errorText(settings.error)}</p>}
      {updating.isError && (
        <p className="status status--error" role="alert">
          Could not change the settings: {errorText(updating.error)}
        </p>
      )}
      {s && (
        <div className="settings">
          <Section title="Who I am">
            <WhoAmI settings={s} update={update} />
          </Section>
          <WorkspaceFolder />
          <Notifications settings={s} update={update} zone={zone} />
          <Section title="Start at login">
            <label className="choice">
              {/* Null is the default: on once a workspace has been chosen. */}
              <input type="checkbox" checked={s.startAtLogin ?? s.workspace !== null} onChange={(event) => update({ startAtLogin: event.target.checked })} /> Start On-Call Desk when I log in
            </label>
          </Section>
          <Section title="Theme">
            <fieldset className="choices">
              <legend className="sr-only">Theme</legend>
              {THEMES.map(([value, label]) => (
                <label key={value} className="choice">
                  <input type="radio" name="theme" value={value} checked={s.theme === value} onChange={() => update({ theme: value })} /> {label}
                </label>
              ))}
            </fieldset>
          </Section>
        </div>
      )}
    </div>
  );
}
