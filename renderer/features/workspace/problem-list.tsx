/** An invalid workspace: every problem as FILE:LINE:COL, the form editors and the CLI use. */
import { formatProblem, type WorkspaceProblem } from "../../../shared/domain/workspace";

/** The problems of a workspace that did not validate. */
export function ProblemList({ problems, dir }: { problems: WorkspaceProblem[]; dir: string | undefined }) {
  return (
    <section className="problems" aria-label="Workspace problems">
      <h2>
        The workspace has {problems.length} problem{problems.length === 1 ? "" : "s"}
      </h2>
      <p className="muted">Fix them in {dir ? <code>{dir}</code> : "the workspace folder"}, then press Reload.</p>
      <ol className="problems__list">
        {problems.map((problem) => {
          const line = formatProblem(problem);
          return (
            <li key={line} className="problems__item">
              <code>{line}</code>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
