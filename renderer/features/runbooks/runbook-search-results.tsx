/** The runbooks matching a search, each with the lines that matched and where (title, a section, a step), the words highlighted. */
import { Link } from "wouter";
import type { RunbookPlace, RunbookResult } from "../../../shared/domain/runbook-search";
import { routes } from "../../../shared/ipc/routes";
import { HighlightedText } from "../../components/highlighted-text";

/** The most matching lines listed under one runbook; the rest are counted. */
const SHOWN_HITS = 4;

/** "Title", the section's heading, "Step 2". */
function placeText(place: RunbookPlace): string {
  if (place.kind === "title") return "Title";
  return place.kind === "step" ? `Step ${place.index}` : place.heading;
}

/** The results list; `names` gives each pipeline's name. */
export function RunbookSearchResults({ results, names }: { results: RunbookResult[]; names: ReadonlyMap<string, string> }) {
  return (
    <ul className="link-list runbook-results" data-list aria-label="Search results">
      {results.map((result) => (
        <li key={result.pipelineId} data-runbook={result.pipelineId}>
          <Link href={routes.runbook(result.pipelineId)} data-list-item className="cell__title">
            {result.title}
          </Link>
          <span className="cell__detail"> · {names.get(result.pipelineId) ?? result.pipelineId}</span>
          <ul className="runbook-hits" aria-label={`Matches in ${result.title}`}>
            {result.hits.slice(0, SHOWN_HITS).map((hit, i) => (
              <li key={i} data-place={hit.place.kind}>
                <span className="runbook-hits__place">{placeText(hit.place)}:</span> <HighlightedText text={hit.text} marks={hit.marks} />
              </li>
            ))}
            {result.hits.length > SHOWN_HITS && <li className="muted">and {result.hits.length - SHOWN_HITS} more</li>}
          </ul>
        </li>
      ))}
    </ul>
  );
}
