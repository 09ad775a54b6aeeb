/**
 * The window's views: ONE table that the router, the sidebar, the command palette and the Alt+digit
 * shortcuts all read. Paths are exactly those of shared/ipc/routes.ts (main opens views by them).
 *
 * To add a view:
 *   1. build it in renderer/features/<view>/<view>-view.tsx, exporting a component that takes
 *      `ViewProps` (`params` holds the decoded `:arguments` of its pattern);
 *   2. give it a path in shared/ipc/routes.ts if it has none yet (main and the palette build paths there);
 *   3. add a row to VIEWS below: its pattern (`:name` for an argument), its title, the sidebar entry it
 *      belongs to (`section`), and `load`, a lazy import, so it stays out of the initial bundle
 *      (only Now is imported eagerly: it is what the window opens on).
 *   4. for a place in the sidebar, add an entry to NAV with an icon (lucide-react) and a free shortcut digit.
 * The sidebar, the palette and the shortcuts pick it up from these two tables; nothing else lists views.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import { Activity, BookOpen, CalendarDays, Gauge, Radio, Settings, ShieldAlert, Siren, Users, Workflow, type LucideIcon } from "lucide-react";
import { routes, type RoutePath } from "../../shared/ipc/routes";
import { NowView } from "../features/now/now-view";

/** What a view is given: the decoded arguments of its route. */
export interface ViewProps {
  params: Readonly<Record<string, string>>;
}

/** A sidebar entry's id. */
export type NavId = "now" | "pipelines" | "runbooks" | "incidents" | "rotation" | "team" | "risks" | "kpis" | "sources" | "settings";

/** One route of the window. */
export interface ViewDef {
  /** Stable name, also the `data-view` of the rendered view (tests and styles read it). */
  id: string;
  /** wouter pattern over the paths of routes.ts, e.g. `/pipelines/:id`. */
  pattern: string;
  /** The document title's first part. */
  title: string;
  /** The sidebar entry shown as current; none for views outside the sidebar. */
  section: NavId | undefined;
  Component: ComponentType<ViewProps> | LazyExoticComponent<ComponentType<ViewProps>>;
}

/** One sidebar entry. */
export interface NavEntry {
  id: NavId;
  label: string;
  path: RoutePath;
  icon: LucideIcon;
  /** The digit of its Alt+digit shortcut (`code` Digit<n>, so Option+digit on macOS works too). */
  digit: string;
}

/** A lazily loaded view: `pick` takes the named export out of its module. */
function view<M>(load: () => Promise<M>, pick: (module: M) => ComponentType<ViewProps>) {
  return lazy(() => load().then((module) => ({ default: pick(module) })));
}

/** Every route, matched in order. */
export const VIEWS: readonly ViewDef[] = [
  { id: "now", pattern: "/now", title: "Now", section: "now", Component: NowView },
  { id: "pipelines", pattern: "/pipelines", title: "Pipelines", section: "pipelines", Component: view(() => import("../features/pipelines/pipelines-view"), (m) => m.PipelinesView) },
  { id: "pipeline", pattern: "/pipelines/:id", title: "Pipeline", section: "pipelines", Component: view(() => import("../features/pipelines/pipeline-view"), (m) => m.PipelineView) },
  { id: "runbooks", pattern: "/runbooks", title: "Runbooks", section: "runbooks", Component: view(() => import("../features/runbooks/runbooks-view"), (m) => m.RunbooksView) },
  { id: "runbook", pattern: "/runbooks/:id", title: "Runbook", section: "runbooks", Component: view(() => import("../features/runbooks/runbook-view"), (m) => m.RunbookView) },
  { id: "incidents", pattern: "/incidents", title: "Incidents", section: "incidents", Component: view(() => import("../features/incidents/incidents-view"), (m) => m.IncidentsView) },
  { id: "incident", pattern: "/incidents/:id", title: "Incident", section: "incidents", Component: view(() => import("../features/incidents/incident-view"), (m) => m.IncidentView) },
  { id: "handoff", pattern: "/handoff", title: "Hand-over", section: undefined, Component: view(() => import("../features/handoff/handoff-view"), (m) => m.HandoffView) },
  { id: "rotation", pattern: "/rotation", title: "Rotation", section: "rotation", Component: view(() => import("../features/rotation/rotation-view"), (m) => m.RotationView) },
  { id: "team", pattern: "/team", title: "Team", section: "team", Component: view(() => import("../features/team/team-view"), (m) => m.TeamView) },
  { id: "risks", pattern: "/risks", title: "Risks", section: "risks", Component: view(() => import("../features/risks/risks-view"), (m) => m.RisksView) },
  { id: "risk", pattern: "/risks/:id", title: "Risks", section: "risks", Component: view(() => import("../features/risks/risks-view"), (m) => m.RisksView) },
  { id: "kpis", pattern: "/kpis", title: "KPIs", section: "kpis", Component: view(() => import("../features/kpis/kpis-view"), (m) => m.KpisView) },
  { id: "sources", pattern: "/sources", title: "Sources", section: "sources", Component: view(() => import("../features/sources/sources-view"), (m) => m.SourcesView) },
  { id: "settings", pattern: "/settings", title: "Settings", section: "settings", Component: view(() => import("../features/settings/settings-view"), (m) => m.SettingsView) },
];

/** The sidebar, in order. */
export const NAV: readonly NavEntry[] = [
  { id: "now", label: "Now", path: routes.now(), icon: Activity, digit: "1" },
  { id: "pipelines", label: "Pipelines", path: routes.pipelines(), icon: Workflow, digit: "2" },
  { id: "runbooks", label: "Runbooks", path: routes.runbooks(), icon: BookOpen, digit: "3" },
  { id: "incidents", label: "Incidents", path: routes.incidents(), icon: Siren, digit: "4" },
  { id: "rotation", label: "Rotation", path: routes.rotation(), icon: CalendarDays, digit: "5" },
  { id: "team", label: "Team", path: routes.team(), icon: Users, digit: "6" },
  { id: "risks", label: "Risks", path: routes.risks(), icon: ShieldAlert, digit: "7" },
  { id: "kpis", label: "KPIs", path: routes.kpis(), icon: Gauge, digit: "8" },
  { id: "sources", label: "Sources", path: routes.sources(), icon: Radio, digit: "9" },
  { id: "settings", label: "Settings", path: routes.settings(), icon: Settings, digit: "0" },
];
