/** The top bar: which workspace is open, the app version, and a reload button. */
import type { AppInfo } from "../../../shared/ipc/contract";
import { Badge } from "../../components/badge";
import { useReloadWorkspace } from "../../queries/workspace";

/** The bar; `title` is the workspace's name once it is known. */
export function WorkspaceBar({ info, title }: { info: AppInfo | undefined; title: string | undefined }) {
  const reload = useReloadWorkspace();
  return (
    <header className="bar">
      <div className="bar__brand">
        <span className="bar__logo" aria-hidden="true" />
        <div>
          <h1>On-Call Desk</h1>
          <p className="bar__subtitle">{title ?? "Workspace"}</p>
        </div>
      </div>
      <div className="bar__meta">
        {info && (
          <span className="bar__path" title={info.workspaceDir ?? undefined}>
            {info.embeddedWorkspace ? <Badge kind="neutral">embedded default</Badge> : info.workspaceDir}
          </span>
        )}
        {info && <span className="bar__version">v{info.version}</span>}
        <button type="button" className="button" onClick={() => reload.mutate()} disabled={reload.isPending}>
          {reload.isPending ? "Reloading…" : "Reload"}
        </button>
      </div>
    </header>
  );
}
