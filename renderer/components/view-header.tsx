/** A view's title bar: the h1 that takes focus after a navigation (so a screen reader announces the new view) and the view's controls. */
import { createContext, useContext, useEffect, useRef, type ReactNode } from "react";

/** Whether the next view heading to mount should take focus: set by the shell on every navigation but the first. */
export interface RouteFocus {
  claim(): boolean;
}

const RouteFocusContext = createContext<RouteFocus>({ claim: () => false });

/** Provides the route-focus request to the headings below. */
export const RouteFocusProvider = RouteFocusContext.Provider;

/** The header; `title` is the h1, `meta` a line under it, `actions` sit on the right. */
export function ViewHeader({ title, meta, actions }: { title: ReactNode; meta?: ReactNode; actions?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const focus = useContext(RouteFocusContext);
  useEffect(() => {
    if (focus.claim()) heading.current?.focus();
  }, [focus]);
  return (
    <header className="view-header">
      <div className="view-header__titles">
        <h1 tabIndex={-1} ref={heading} className="view-header__title">
          {title}
        </h1>
        {meta && <div className="view-header__meta">{meta}</div>}
      </div>
      {actions && <div className="view-header__actions">{actions}</div>}
    </header>
  );
}
