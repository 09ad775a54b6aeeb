/**
 * Tabs as the WAI-ARIA tabs pattern: one tab stop (the selected tab), arrow keys move and select,
 * Home/End jump, and the panel is labelled by its tab.
 */
import { useId, useRef, type KeyboardEvent, type ReactNode } from "react";

/** One tab: its value and what it shows. */
export interface TabDef<T extends string> {
  id: T;
  label: ReactNode;
}

/** The tab list and its panel; `children` is the selected tab's content. */
export function Tabs<T extends string>({ label, tabs, value, onChange, aside, children }: { label: string; tabs: readonly TabDef<T>[]; value: T; onChange: (value: T) => void; aside?: ReactNode; children: ReactNode }) {
  const prefix = useId();
  const list = useRef<HTMLDivElement>(null);
  const select = (index: number) => {
    const tab = tabs[(index + tabs.length) % tabs.length]!;
    onChange(tab.id);
    list.current?.querySelector<HTMLElement>(`[data-tab="${tab.id}"]`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const at = tabs.findIndex((t) => t.id === value);
    const moves: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    select(moves[event.key]!);
  };
  return (
    <div className="tabs-block">
      <div className="subbar">
        <div className="tabs" role="tablist" aria-label={label} ref={list} onKeyDown={onKeyDown}>
          {tabs.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              id={`${prefix}-tab-${t.id}`}
              data-tab={t.id}
              aria-selected={t.id === value}
              aria-controls={`${prefix}-panel`}
              tabIndex={t.id === value ? 0 : -1}
              className={`tab${t.id === value ? " tab--on" : ""}`}
              onClick={() => onChange(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
        {aside}
      </div>
      <div role="tabpanel" id={`${prefix}-panel`} aria-labelledby={`${prefix}-tab-${value}`} tabIndex={0} className="tabpanel">
        {children}
      </div>
    </div>
  );
}
