/**
 * The window's routes as paths, built in one place so main (tray, notifications) and the renderer
 * (router, palette) agree. The renderer's route table parses exactly these paths.
 */

/** A path of the window, e.g. `/pipelines/aggregate_profit`. */
export type RoutePath = `/${string}`;

const seg = (id: string) => encodeURIComponent(id);

/** The path of each view; functions take the id of what the view shows. */
export const routes = {
  now: (): RoutePath => "/now",
  pipelines: (): RoutePath => "/pipelines",
  pipeline: (pipelineId: string): RoutePath => `/pipelines/${seg(pipelineId)}`,
  runbooks: (): RoutePath => "/runbooks",
  runbook: (pipelineId: string): RoutePath => `/runbooks/${seg(pipelineId)}`,
  incidents: (): RoutePath => "/incidents",
  incident: (incidentId: string): RoutePath => `/incidents/${seg(incidentId)}`,
  handoff: (): RoutePath => "/handoff",
  rotation: (): RoutePath => "/rotation",
  team: (): RoutePath => "/team",
  risks: (): RoutePath => "/risks",
  risk: (riskId: string): RoutePath => `/risks/${seg(riskId)}`,
  kpis: (): RoutePath => "/kpis",
  sources: (): RoutePath => "/sources",
  settings: (): RoutePath => "/settings",
} as const;
