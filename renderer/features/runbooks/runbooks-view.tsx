/**
 * Every runbook of the workspace, and a search across all of them (title, sections, checklist
 * steps) that lists where each matched. Enter in the search opens the first result, ↓ moves into
 * the results; j/k move through the list as elsewhere.
 */
import { useMemo, type KeyboardEvent } from "react";
import { Link, useLocation } from "wouter";
import { searchRunbooks } from "../../../shared/domain/runbook-search";
import { routes } from "../../../shared/ipc/routes";
import type { ViewProps } from "../../app/route-table";
import { errorText } from "../../api";
import { Badge } from "../../components/badge";
import { moveInList } from "../../components/list-keys";
import { ViewHeader } from "../../components/view-header";
import { useRunbooks } from "../../queries/runbooks";
import { useStatus } from "../../queries/status";
import { useWorkspaceModel } from "../../queries/workspace";
import { useUiStore } from "../../stores/ui-store";
import { ChangedAt } from "./changed-at";
import { RunbookSearchResults } from "./runbook-search-results";
import "./runbooks.css";

/** The Runbooks view. */
export function RunbooksView(_: ViewProps) {
  const { workspace } = useWorkspaceModel();
  const runbooks = useRunbooks();
  const states = new Map((useStatus().data?.pipelines ?? []).map((p) => [p.id, p.state]));
  const query = useUiStore((state) => state.runbookQuery);
  const setQuery = useUiStore((state) => state.setRunbookQuery);
  const [, navigate] = useLocation();
  const list = runbooks.data ?? [];
  const results = useMemo(() => searchRunbooks(list, query), [list, query]);
  if (runbooks.isError) return <p className="status status--error">Could not read the runbooks: {errorText(runbooks.error)}</p>;
  if (!runbooks.data || !workspace) return <p className="status">{runbooks.isPending ? "Reading the runbooks…" : "No valid workspace is loaded."}</p>;
  const names = new Map(workspace.pipelines.map((p) => [p.id, p.name]));
  const searching = query.trim() !== "";
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const first = results[0];
    if (event.key === "Enter" && first) navigate(routes.runbook(first.pipelineId));
    else if (event.key === "ArrowDown" && moveInList(1, event.currentTarget.closest(".view") ?? document)) event.preventDefault();
    else if (event.key === "Escape") setQuery("");
  };
  return (
    <div className="view">
      <ViewHeader title="Runbooks" meta={`${list.length} in runbooks/`} />
      <div className="subbar">
        <input
          type="search"
          className="input runbook-search"
          aria-label="Search runbooks"
          placeholder="Search titles, sections and steps"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <span role="status" className="muted">
          {searching && (results.length === 0 ? "No runbook matches" : `${results.length} of ${list.length} runbooks match`)}
        </span>
      </div>
      {searching ? (
        results.length > 0 && <RunbookSearchResults results={results} names={names} />
      ) : (
        <ul className="link-list" data-list aria-label="Runbooks">
          {list.map((runbook) => {
            const state = states.get(runbook.pipelineId);
            return (
              <li key={runbook.pipelineId} data-runbook={runbook.pipelineId}>
                <Link href={routes.runbook(runbook.pipelineId)} data-list-item className="cell__title">
                  {runbook.title}
                </Link>
                <span className="cell__detail">
                  {" "}
                  · {names.get(runbook.pipelineId) ?? runbook.pipelineId} {state && <Badge kind={`state-${state}`}>{state}</Badge>} · {runbook.steps.length} checklist steps ·{" "}
                  <ChangedAt changedAt={runbook.changedAt} zone={workspace.timezone} />
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
