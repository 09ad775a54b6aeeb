/** The Sources panel: each source's kind, URL, polling settings and health, its secret, and "Poll now". */
import type { SourceHealth, SourceView } from "../../../shared/domain/sources-view";
import { errorText } from "../../api";
import { Badge } from "../../components/badge";
import { Section } from "../../components/section";
import { ZonedTime } from "../../components/zoned-time";
import { usePollSourceNow, useSources, useSourcesEvents } from "../../queries/sources";
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
    <li className="source" data-source={source.id} data-health={health.state} data-secret={source.secret}>
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
          Poll now
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

/** The panel; `zone` is the workspace's time zone. */
export function SourcesPanel({ zone }: { zone: string }) {
  useSourcesEvents();
  const sources = useSources();
  if (sources.isError) return <p className="status status--error">Could not list the sources: {errorText(sources.error)}</p>;
  if (!sources.data) return null;
  const { storageRefusal } = sources.data;
  return (
    <Section title="Sources" count={sources.data.sources.length}>
      <ul className="sources">
        {sources.data.sources.map((source) => (
          <SourceItem key={source.id} source={source} storageRefusal={storageRefusal} zone={zone} />
        ))}
      </ul>
    </Section>
  );
}
