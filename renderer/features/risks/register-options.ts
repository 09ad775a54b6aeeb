/** The choices of the register's filters: only values some risk has, so no choice ever empties the register by itself. */
import type { RiskEntry } from "../../../shared/domain/risks/risk-entry";
import type { Workspace } from "../../../shared/domain/workspace";

/** One choice of a filter. */
export interface FilterOption {
  value: string;
  label: string;
}

/** The choices of each filter. */
export interface RegisterOptions {
  categories: FilterOption[];
  pipelines: FilterOption[];
  owners: FilterOption[];
}

/** Categories in the register's order; pipelines and owners in the workspace's order (ids it does not know last, as written). */
export function registerOptions(risks: readonly RiskEntry[], workspace: Pick<Workspace, "team" | "manager" | "pipelines"> | undefined): RegisterOptions {
  const categories = [...new Set(risks.map((r) => r.category))];
  const linked = new Set(risks.flatMap((r) => r.pipelines));
  const owners = new Set(risks.map((r) => r.owner));
  const people = [...(workspace?.team ?? []), ...(workspace ? [workspace.manager] : [])];
  const inOrder = (known: readonly { id: string; name: string }[], wanted: ReadonlySet<string>): FilterOption[] => {
    const listed = known.filter((k) => wanted.has(k.id)).map((k) => ({ value: k.id, label: k.name }));
    const unknown = [...wanted].filter((id) => !known.some((k) => k.id === id)).map((id) => ({ value: id, label: id }));
    return [...listed, ...unknown];
  };
  return {
    categories: categories.map((c) => ({ value: c, label: c })),
    pipelines: inOrder(workspace?.pipelines ?? [], linked),
    owners: inOrder(people, owners),
  };
}
