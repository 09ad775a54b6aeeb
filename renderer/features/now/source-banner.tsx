/** A banner over the Now view when a source cannot be read or its data is stale, with the age of what is shown. */
import { formatDuration } from "../../../shared/domain/duration";
import type { SourcesView } from "../../../shared/domain/sources-view";
import type { PipelineSnapshot } from "../../../shared/domain/status";

/** One line per source in trouble. */
interface Trouble {
  source: string;
  text: string;
}

/** The oldest data shown for a source's pipelines, as text; null before any good reading. */
function ageText(pipelines: readonly PipelineSnapshot[]): string | null {
  const ages = pipelines.map((p) => p.age).filter((a): a is number => a !== null);
  return ages.length ? `${formatDuration(Math.max(...ages))} old` : null;
}

/** What is wrong with the sources: unreachable ones (their last error), then stale data (an unknown pipeline of a source that reads fine). */
export function sourceTroubles(sources: SourcesView | null | undefined, pipelines: readonly PipelineSnapshot[]): Trouble[] {
  const failing = new Set<string>();
  const out: Trouble[] = [];
  for (const source of sources?.sources ?? []) {
    if (source.health.state !== "failing") continue;
    failing.add(source.id);
    const age = ageText(pipelines.filter((p) => p.source === source.id));
    const why = source.health.lastError?.message ?? "it does not answer";
    out.push({ source: source.id, text: `Source ${source.id} is unreachable: ${why}. ${age ? `Showing data ${age}.` : "No data has been read from it yet."}` });
  }
  const stale = new Map<string, PipelineSnapshot[]>();
  for (const p of pipelines) if (p.state === "unknown" && !failing.has(p.source) && p.age !== null) stale.set(p.source, [...(stale.get(p.source) ?? []), p]);
  for (const [source, list] of stale) out.push({ source, text: `Data from source ${source} is stale (${ageText(list)}): ${list.length} pipeline${list.length === 1 ? "" : "s"} unverified.` });
  return out;
}

/** The banner; nothing when every source reads fine. */
export function SourceBanner({ troubles }: { troubles: readonly Trouble[] }) {
  if (troubles.length === 0) return null;
  return (
    <div className="banner banner--warn" role="status" aria-label="Sources in trouble">
      <ul className="banner__list">
        {troubles.map((t) => (
          <li key={t.source} data-source={t.source}>
            {t.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
