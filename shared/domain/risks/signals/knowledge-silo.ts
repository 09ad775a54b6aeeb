/** knowledge-silo: one engineer is the primary owner of more than a share (default 40%) of the pipelines (the seed's "Knowledge silos"). */
import type { Engineer, Pipeline } from "../../workspace-schema";
import type { SignalDraft } from "./risk-signal";

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** One signal per engineer over the share; it holds as long as the ownership does, so no instants. */
export function knowledgeSiloSignals(pipelines: readonly Pipeline[], team: readonly Engineer[], maxShare: number): SignalDraft[] {
  const out: SignalDraft[] = [];
  for (const engineer of team) {
    const owned = pipelines.filter((p) => p.owners.primary === engineer.id);
    const share = owned.length / pipelines.length;
    if (!(share > maxShare)) continue;
    out.push({
      kind: "knowledge-silo",
      text: `${engineer.name} is the primary owner of ${owned.length} of ${pipelines.length} pipelines (${percent(share)}, more than ${percent(maxShare)}): ${owned.map((p) => p.name).join(", ")}. Share them: rotate primary ownership or pair on their runbooks.`,
      pipelines: owned.map((p) => p.id),
      engineers: [engineer.id],
      source: null,
      from: null,
      until: null,
    });
  }
  return out;
}
