/** The register's filters (category, pipeline, owner) and order (score, likelihood, impact, last reviewed; either way). */
import { useId } from "react";
import { DEFAULT_SORT_DIRECTION, type RiskFilter, type RiskSortKey, type SortDirection } from "../../../shared/domain/risks/risk-filters";
import type { RiskRegisterState } from "../../stores/ui-store";
import type { FilterOption, RegisterOptions } from "./register-options";

const SORT_KEYS: readonly FilterOption[] = [
  { value: "score", label: "score" },
  { value: "likelihood", label: "likelihood" },
  { value: "impact", label: "impact" },
  { value: "lastReviewed", label: "last reviewed" },
];

/** How each direction reads for a key: numbers run highest/lowest, review dates oldest/newest. */
function directionLabel(key: RiskSortKey, direction: SortDirection): string {
  if (key === "lastReviewed") return direction === "asc" ? "oldest first" : "newest first";
  return direction === "desc" ? "highest first" : "lowest first";
}

function Choice({ label, value, options, all, onChange }: { label: string; value: string | undefined; options: readonly FilterOption[]; all?: string; onChange: (value: string | undefined) => void }) {
  const id = useId();
  return (
    <div className="register-controls__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="select" value={value ?? ""} onChange={(event) => onChange(event.target.value === "" ? undefined : event.target.value)}>
        {all !== undefined && <option value="">{all}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The controls; every change hands the whole new state to `onChange`. */
export function RegisterControls({ state, options, onChange }: { state: RiskRegisterState; options: RegisterOptions; onChange: (state: RiskRegisterState) => void }) {
  const filter = (patch: Partial<RiskFilter>) => onChange({ ...state, filter: { ...state.filter, ...patch } });
  const directions: FilterOption[] = (["desc", "asc"] as const).map((d) => ({ value: d, label: directionLabel(state.sort, d) }));
  return (
    <div className="register-controls" role="group" aria-label="Filter and sort the register">
      <Choice label="Category" value={state.filter.category} options={options.categories} all="All categories" onChange={(v) => filter({ category: v as RiskFilter["category"] })} />
      <Choice label="Pipeline" value={state.filter.pipeline} options={options.pipelines} all="All pipelines" onChange={(v) => filter({ pipeline: v })} />
      <Choice label="Owner" value={state.filter.owner} options={options.owners} all="Everyone" onChange={(v) => filter({ owner: v })} />
      <Choice
        label="Sort by"
        value={state.sort}
        options={SORT_KEYS}
        onChange={(v) => {
          const sort = (v ?? "score") as RiskSortKey;
          // A new key starts in its natural direction: the worst, or the longest unreviewed, first.
          onChange({ ...state, sort, direction: DEFAULT_SORT_DIRECTION[sort] });
        }}
      />
      <Choice label="Order" value={state.direction} options={directions} onChange={(v) => onChange({ ...state, direction: (v ?? DEFAULT_SORT_DIRECTION[state.sort]) as SortDirection })} />
    </div>
  );
}
