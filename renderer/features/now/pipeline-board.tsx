/**
 * The compact board of every pipeline: state, one-line reason, deadline countdown, owners.
 * Rows are memoised: react-query keeps the objects of unchanged pipelines between snapshots
 * (structural sharing), so a status change re-renders only the rows that changed.
 */
import { memo } from "react";
import { Link } from "wouter";
import type { PipelineSnapshot } from "../../../shared/domain/status";
import { routes } from "../../../shared/ipc/routes";
import { Badge } from "../../components/badge";
import { relativeTime } from "../../components/relative-time";
import { formatZoned, formatZonedTime } from "../../components/zoned-time";

/** A pipeline's owners by name: P1, then P2. */
export type OwnerNames = readonly [string, string];

const BoardRow = memo(function BoardRow({ pipeline, owners, now, zone }: { pipeline: PipelineSnapshot; owners: OwnerNames | undefined; now: number; zone: string }) {
  const { deadline } = pipeline;
  return (
    <tr data-pipeline={pipeline.id} data-state={pipeline.state}>
      <td className="board__state">
        <Badge kind={`state-${pipeline.state}`}>{pipeline.state}</Badge>
      </td>
      <td>
        <div className="board__what">
          <Link href={routes.pipeline(pipeline.id)} className="board__name" data-list-item>
            {pipeline.name}
          </Link>
          <span className="board__reason" title={pipeline.reason}>
            {pipeline.reason}
          </span>
        </div>
      </td>
      <td className="board__deadline">
        {deadline ? (
          <time dateTime={deadline} title={formatZoned(deadline, zone)}>
            {relativeTime(deadline, now)}
            <span className="cell__detail"> · {formatZonedTime(deadline, zone)}</span>
          </time>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td className="board__owners">
        {owners && (
          <>
            <span>{owners[0]}</span> / <span>{owners[1]}</span>
          </>
        )}
      </td>
    </tr>
  );
});

/** The board; `owners` maps pipeline ids to their P1 and P2 names, `now` is the clock, `zone` the workspace's. */
export function PipelineBoard({ pipelines, owners, now, zone }: { pipelines: readonly PipelineSnapshot[]; owners: ReadonlyMap<string, OwnerNames>; now: number; zone: string }) {
  return (
    <table className="table board" data-list aria-label="Pipeline board">
      <thead>
        <tr>
          <th scope="col">State</th>
          <th scope="col">Pipeline</th>
          <th scope="col">Deadline</th>
          <th scope="col">Owners</th>
        </tr>
      </thead>
      <tbody>
        {pipelines.map((pipeline) => (
          <BoardRow key={pipeline.id} pipeline={pipeline} owners={owners.get(pipeline.id)} now={now} zone={zone} />
        ))}
      </tbody>
    </table>
  );
}
