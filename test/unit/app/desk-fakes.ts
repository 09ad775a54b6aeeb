/** A desk on the embedded workspace with a real alert book and a hand-driven status, for the tray and notification tests. */
import type { Desk } from "../../../main/app/live-desk";
import { createAlertBook } from "../../../main/services/alerts/alert-book";
import { memoryStore } from "../../../main/services/alerts/key-value-store";
import type { Clock } from "../../../main/services/clock";
import type { StatusMonitor } from "../../../main/services/status/monitor";
import { loadWorkspace } from "../../../main/services/workspace/load-workspace";
import { compileSchedule } from "../../../shared/domain/rotation/schedule";
import type { PipelineState } from "../../../shared/domain/sla/types";
import type { StatusSnapshot } from "../../../shared/domain/status";

/** The desk and the handle that changes its pipeline states (and tells subscribers). */
export interface FakeDesk {
  desk: Desk;
  setStates(states: Record<string, PipelineState>): void;
  /** Current status subscribers. */
  listeners(): number;
}

/** A desk whose monitor never polls: its snapshot holds exactly the states set, and the book's active alerts at that moment. */
export async function fakeDesk(clock: Clock): Promise<FakeDesk> {
  const loaded = await loadWorkspace();
  if (!loaded.ok) throw new Error("the embedded workspace does not validate");
  const workspace = loaded.workspace;
  const listeners = new Set<(s: StatusSnapshot) => void>();
  let snapshot: StatusSnapshot = { at: clock.now().toISOString(), pipelines: [], alerts: [] };
  const book = createAlertBook({ store: memoryStore(), clock });
  const status = {
    snapshot: () => snapshot,
    subscribe(listener: (s: StatusSnapshot) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
  const monitor = { book, status, start: () => undefined, stop: async () => undefined } as unknown as StatusMonitor;
  return {
    desk: { workspace, schedule: compileSchedule(workspace), monitor },
    setStates(states) {
      const pipelines = workspace.pipelines.map((p) => ({ id: p.id, name: p.name, state: states[p.id] ?? "healthy", reason: "", deadline: null, lastRun: null, source: "demo", demo: true, age: 0, warnings: [] }));
      snapshot = { at: clock.now().toISOString(), pipelines, alerts: book.active() };
      for (const listener of [...listeners]) listener(snapshot);
    },
    listeners: () => listeners.size,
  };
}
