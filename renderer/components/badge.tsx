/** A small coloured label: levels, areas, impact, the "demo" marker. */
import type { ReactNode } from "react";

/** A badge; `kind` picks the colour from styles.css (`badge--<kind>`). */
export function Badge({ kind, children }: { kind: string; children: ReactNode }) {
  return <span className={`badge badge--${kind}`}>{children}</span>;
}
