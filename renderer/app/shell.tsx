/** The window: skip link, sidebar, the current view in <main>, and the command palette on demand. */
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { useLocation, useRouter } from "wouter";
import { routes } from "../../shared/ipc/routes";
import { RouteFocusProvider, type RouteFocus } from "../components/view-header";
import { useHandoffEvents } from "../queries/handoff";
import { useIncidentEvents } from "../queries/incidents";
import { useKpiEvents } from "../queries/kpis";
import { usePipelineHistoryEvents } from "../queries/pipeline-history";
import { useRunbookEvents } from "../queries/runbooks";
import { useRotationEvents } from "../queries/rotation";
import { useSourcesEvents } from "../queries/sources";
import { useWorkspaceEvents } from "../queries/workspace";
import { findRoute } from "./match-route";
import { NotFound } from "./not-found";
import { VIEWS } from "./route-table";
import { Sidebar } from "./sidebar";
import { useGlobalKeys } from "./use-global-keys";
import { useNavigationEvents } from "./use-navigation-events";
import { WorkspaceNotice } from "./workspace-notice";

// The palette (and cmdk with it) loads on first use: most sessions never open it.
const CommandPalette = lazy(() => import("../palette/command-palette").then((m) => ({ default: m.CommandPalette })));

/** Every query follows main's events wherever the user is, so a view opened later is already current. */
function useMainEvents(): void {
  useWorkspaceEvents();
  useKpiEvents();
  useSourcesEvents();
  useRotationEvents();
  usePipelineHistoryEvents();
  useIncidentEvents();
  useHandoffEvents();
  useRunbookEvents();
}

/** Focus moves to the new view's heading after every navigation but the window's first paint (and its redirect from `/`). */
function useRouteFocus(path: string): RouteFocus {
  const pending = useRef(false);
  const previous = useRef<string | undefined>(undefined);
  // A layout effect runs before the view's (passive) mount effect claims the request.
  useLayoutEffect(() => {
    pending.current = previous.current !== undefined && previous.current !== "/";
    previous.current = path;
  }, [path]);
  return useMemo(
    () => ({
      claim: () => {
        const claimed = pending.current;
        pending.current = false;
        return claimed;
      },
    }),
    [],
  );
}

/** The app's frame around the routed view. */
export function Shell() {
  const [path, navigate] = useLocation();
  const { parser } = useRouter();
  const [palette, setPalette] = useState(false);
  const go = useCallback((to: string) => navigate(to), [navigate]);
  const openPalette = useCallback(() => setPalette(true), []);
  const match = findRoute(VIEWS, path, parser);
  const focus = useRouteFocus(path);
  useMainEvents();
  useNavigationEvents(go);
  useGlobalKeys(go, openPalette);
  useEffect(() => {
    if (path === "/") navigate(routes.now(), { replace: true });
  }, [path, navigate]);
  useEffect(() => {
    document.title = `${match?.view.title ?? "Not found"} — On-Call Desk`;
  }, [match?.view.title]);
  const View = match?.view.Component;
  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // The hash is the router's: move focus by hand instead of following the link.
          event.preventDefault();
          document.getElementById("main")?.focus();
        }}
      >
        Skip to main content
      </a>
      <Sidebar current={match?.view.section} onPalette={openPalette} />
      <main id="main" className="main" tabIndex={-1} data-view={match?.view.id ?? "not-found"}>
        {match?.view.id !== "now" && <WorkspaceNotice />}
        <RouteFocusProvider value={focus}>
          <Suspense fallback={<p className="status">Opening…</p>}>{View ? <View key={path} params={match.params} /> : path !== "/" && <NotFound path={path} />}</Suspense>
        </RouteFocusProvider>
      </main>
      {palette && (
        <Suspense fallback={null}>
          <CommandPalette onClose={() => setPalette(false)} navigate={go} />
        </Suspense>
      )}
    </div>
  );
}
