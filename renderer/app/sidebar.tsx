/** The sidebar (a top bar on narrow windows): the views with their shortcuts, the palette, and the workspace with Reload. */
import { Link } from "wouter";
import { RefreshCw, Search } from "lucide-react";
import { useAppInfo } from "../queries/app-info";
import { useStatus } from "../queries/status";
import { useReloadWorkspace, useWorkspaceModel } from "../queries/workspace";
import { NAV, type NavId } from "./route-table";
import { workspaceSource } from "./workspace-source";
import { PALETTE_SHORTCUT_TEXT, viewShortcutAria, viewShortcutText } from "./shortcut-text";

/** Open alerts (not acknowledged, not snoozed): the count the Now entry carries. */
function useOpenAlertCount(): number {
  return useStatus().data?.alerts.filter((a) => a.state === "open").length ?? 0;
}

/** The sidebar; `current` is the entry of the view shown. */
export function Sidebar({ current, onPalette }: { current: NavId | undefined; onPalette: () => void }) {
  const info = useAppInfo().data;
  const { workspace } = useWorkspaceModel();
  const reload = useReloadWorkspace();
  const open = useOpenAlertCount();
  return (
    <nav className="sidebar" aria-label="Views">
      <div className="sidebar__brand">
        <span className="sidebar__logo" aria-hidden="true" />
        <div className="sidebar__names">
          <span className="sidebar__app">On-Call Desk</span>
          <span className="sidebar__workspace">{workspace?.name ?? "Workspace"}</span>
          {info && (
            // The folder the team keeps in git, so nobody mistakes demo data for the team's own.
            <span className="sidebar__workspace" data-workspace-source title={info.workspaceDir ?? undefined}>
              {workspaceSource(info)}
            </span>
          )}
        </div>
      </div>
      <button type="button" className="sidebar__search" onClick={onPalette} aria-keyshortcuts="Control+K Meta+K">
        <Search aria-hidden="true" size={16} />
        <span className="sidebar__label">Search or act…</span>
        <kbd className="sidebar__kbd">{PALETTE_SHORTCUT_TEXT}</kbd>
      </button>
      <ul className="sidebar__list">
        {NAV.map((entry) => {
          const Icon = entry.icon;
          const shortcut = viewShortcutText(entry.digit);
          return (
            <li key={entry.id}>
              <Link
                href={entry.path}
                className={`sidebar__link${entry.id === current ? " sidebar__link--on" : ""}`}
                aria-current={entry.id === current ? "page" : undefined}
                aria-keyshortcuts={viewShortcutAria(entry.digit)}
                title={`${entry.label} (${shortcut})`}
              >
                <Icon aria-hidden="true" size={18} />
                <span className="sidebar__label">{entry.label}</span>
                {entry.id === "now" && open > 0 && (
                  <span className="sidebar__count">
                    {open}
                    <span className="sr-only"> open alert{open === 1 ? "" : "s"}</span>
                  </span>
                )}
                <kbd className="sidebar__kbd" aria-hidden="true">
                  {shortcut}
                </kbd>
              </Link>
            </li>
          );
        })}
      </ul>
      <div className="sidebar__footer">
        <button type="button" className="button button--quiet" onClick={() => reload.mutate()} disabled={reload.isPending} title="Read the workspace files again">
          <RefreshCw aria-hidden="true" size={14} />
          <span className="sidebar__label">{reload.isPending ? "Reloading…" : "Reload"}</span>
        </button>
        {info && (
          <span className="sidebar__version">
            v{info.version}
            {info.embeddedWorkspace && " · embedded default"}
          </span>
        )}
      </div>
    </nav>
  );
}
