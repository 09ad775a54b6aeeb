/** The Sources view: each source's kind, URL, polling settings and health, its secret, and "Poll now". */
import type { SourceHealth, SourceView } from "../../../shared/domain/sources-view";
import { errorText } from "../../api";
import { Badge } from "../../components/badge";
import { ViewHeader } from "../../components/view-header";
import { ZonedTime } from "../../components/zoned-time";
import type { ViewProps } from "../../app/route-table";
import { usePollSourceNow, useSources } from "../../queries/sources";
import { useWorkspaceModel } from "../../queries/workspace";
import { SecretForm } from "./secret-form";

function Health({ health, zone }: { health: SourceHealth; zone: string }) {
  return (
    <div className="source__health">
      {health.lastError ? (
        <span className="status--error">
          {health.lastError.message}
          {health.failures > 1 && <span className="muted"> · {health.failures} failed polls in a row</span>}
        </span>
      ) : (
        <span className="muted">{health.state === "ok" ? "read fine at the last poll" : "not read yet"}</span>
      )}
      {health.nextPoll && (
        <span className="muted">
          {" "}
          · next poll <ZonedTime iso={health.nextPoll} zone={zone} />
        </span>
      )}
    </div>
  );
}

function SourceItem({ source, storageRefusal, zone }: { source: SourceView; storageRefusal: string | null; zone: string }) {
  const poll = usePollSourceNow();
  const { health } = source;
  const shown = health.polling || poll.isPending ? "polling" : health.state;
  return (
    <li className="source" tabIndex={-1} data-list-item data-source={source.id} data-health={health.state} data-secret={source.secret}>
      <div className="source__head">
        <span className="source__title">
          <span className="mono">{source.id}</span>
          {source.demo ? (
            <Badge kind="demo">demo</Badge>
          ) : (
            <Badge kind="neutral">
              {source.kind}
              {source.api && ` ${source.api}`}
            </Badge>
          )}
          <Badge kind={`health-${shown}`}>{shown}</Badge>
        </span>
        <button type="button" className="button" disabled={poll.isPending} onClick={() => poll.mutate(source.id)}>
          Poll now<span className="sr-only"> {source.id}</span>
        </button>
      </div>
      <div className="cell__detail">
        {source.url ? <span className="mono">{source.url}</span> : <span>simulated runs, no server</span>} · poll every {source.poll} · timeout {source.timeout}
      </div>
      <Health health={health} zone={zone} />
      {poll.error && <p className="status status--error">{errorText(poll.error)}</p>}
      {source.auth && <SecretForm source={source} storageRefusal={storageRefusal} />}
    </li>
  );
}

/** The Sources view. */
export function SourcesView(_: ViewProps) {
  const sources = useSources();
  const zone = useWorkspaceModel().workspace?.timezone ?? "UTC";
  const list = sources.data;
  return (
    <div className="view">
      <ViewHeader title="Sources" meta={list ? `${list.sources.length} source${list.sources.length === 1 ? "" : "s"}` : undefined} />
      {sources.isError && <p className="status status--error">Could not list the sources: {errorText(sources.error)}</p>}
      {list === null && <p className="status">No sources while the workspace has problems.</p>}
      {list && (
        <ul className="sources" data-list aria-label="Sources">
          {list.sources.map((source) => (
            <SourceItem key={source.id} source={source} storageRefusal={list.storageRefusal} zone={zone} />
          ))}
        </ul>
      )}
    </div>
  );
}
