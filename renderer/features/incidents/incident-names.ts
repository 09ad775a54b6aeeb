/** How the incident views name pipelines and people: by the workspace's names, falling back to the id it no longer has. */
import type { Workspace } from "../../../shared/domain/workspace";

/** Names of a workspace's pipelines and people (the manager included). */
export interface IncidentNames {
  pipeline(id: string): string;
  person(id: string | null): string;
}

/** The names of `workspace`; ids as they are while none is loaded. */
export function incidentNames(workspace: Workspace | undefined): IncidentNames {
  return {
    pipeline: (id) => workspace?.pipelines.find((p) => p.id === id)?.name ?? id,
    person: (id) => (id === null ? "the system" : id === workspace?.manager.id ? workspace.manager.name : (workspace?.team.find((e) => e.id === id)?.name ?? id)),
  };
}
