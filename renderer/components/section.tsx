/** A titled block of the page. */
import type { ReactNode } from "react";

/** A section with a heading, an optional count and optional controls on the right. */
export function Section({ title, count, actions, children }: { title: string; count?: number; actions?: ReactNode; children: ReactNode }) {
  return (
    <section className="section" aria-label={title}>
      <header className="section__header">
        <h2>
          {title}
          {count !== undefined && <span className="section__count">{count}</span>}
        </h2>
        {actions}
      </header>
      {children}
    </section>
  );
}
