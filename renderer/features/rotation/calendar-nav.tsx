/** Previous / this / next buttons over a calendar, with the range it shows. */
import { ChevronLeft, ChevronRight } from "lucide-react";

/** The bar; `unit` names what a step moves ("week", "month"). */
export function CalendarNav({ label, unit, onStep, onToday }: { label: string; unit: string; onStep: (step: -1 | 1) => void; onToday: () => void }) {
  return (
    <div className="cal-nav">
      <button type="button" className="button button--icon" onClick={() => onStep(-1)} aria-label={`Previous ${unit}`}>
        <ChevronLeft aria-hidden="true" size={16} />
      </button>
      <button type="button" className="button" onClick={onToday}>
        This {unit}
      </button>
      <button type="button" className="button button--icon" onClick={() => onStep(1)} aria-label={`Next ${unit}`}>
        <ChevronRight aria-hidden="true" size={16} />
      </button>
      <h2 className="cal-nav__label" aria-live="polite">
        {label}
      </h2>
    </div>
  );
}
