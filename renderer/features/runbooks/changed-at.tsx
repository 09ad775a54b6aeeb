/** When a runbook last changed, saying how that is known: its last git commit, or the file's own time. */
import type { FileChangeView } from "../../../shared/domain/runbook-view";
import { formatZoned } from "../../components/zoned-time";

/** "changed Tue, Mar 3, 10:00 EST (last git commit)"; "change unknown: the file is gone" without one. */
export function ChangedAt({ changedAt, zone }: { changedAt: FileChangeView | null; zone: string }) {
  if (!changedAt) return <span className="muted">last change unknown: the file is gone</span>;
  return (
    <span data-changed-from={changedAt.from}>
      changed{" "}
      <time dateTime={changedAt.at} title={changedAt.at}>
        {formatZoned(changedAt.at, zone)}
      </time>{" "}
      ({changedAt.from === "git" ? "last git commit" : "file modification time"})
    </span>
  );
}
