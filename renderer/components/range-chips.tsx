/** A row of chips choosing one of a few ranges. */

/** One choice: its value and its label. */
export interface RangeOption<T> {
  value: T;
  label: string;
}

/** The chips; the chosen one is pressed. */
export function RangeChips<T extends string | number>({ label, options, value, onChange }: { label: string; options: readonly RangeOption<T>[]; value: T; onChange: (value: T) => void }) {
  return (
    <div className="chips" role="group" aria-label={label}>
      {options.map((option) => (
        <button key={option.value} type="button" className={`chip chip--text${option.value === value ? " chip--on" : ""}`} aria-pressed={option.value === value} onClick={() => onChange(option.value)}>
          {option.label}
        </button>
      ))}
    </div>
  );
}
