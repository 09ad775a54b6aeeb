/**
 * UI state of the overview (filters, highlights, the selected pipeline and the rotation's engineer only: data lives in react-query).
 * The store is created per provider, not exported as a module singleton (DESIGN rule 4).
 */
import { createContext, useContext, useState, type ReactNode } from "react";
import { createStore, useStore, type StoreApi } from "zustand";

/** A pipeline area, or every area. */
export type AreaFilter = "all" | "profit" | "growth" | "engagement";

/** The overview's UI state. */
export interface OverviewState {
  area: AreaFilter;
  /** Engineer whose pipelines are highlighted, if any. */
  highlighted: string | undefined;
  /** Pipeline whose status and escalation chain are open, if any. */
  selected: string | undefined;
  /** Engineer the rotation shows and exports, or the whole team. */
  rotationEngineer: string | undefined;
  setArea: (area: AreaFilter) => void;
  /** Opens a pipeline's status and escalation chain. */
  select: (pipelineId: string) => void;
  /** Highlights an engineer's pipelines; choosing the same engineer again clears it. */
  toggleHighlight: (engineerId: string) => void;
  /** Shows one engineer's shifts, or everyone's with undefined. */
  setRotationEngineer: (engineerId: string | undefined) => void;
}

function createOverviewStore(): StoreApi<OverviewState> {
  return createStore<OverviewState>()((set) => ({
    area: "all",
    highlighted: undefined,
    selected: undefined,
    rotationEngineer: undefined,
    setArea: (area) => set({ area }),
    select: (pipelineId) => set({ selected: pipelineId }),
    toggleHighlight: (engineerId) => set((state) => ({ highlighted: state.highlighted === engineerId ? undefined : engineerId })),
    setRotationEngineer: (engineerId) => set({ rotationEngineer: engineerId }),
  }));
}

const OverviewStoreContext = createContext<StoreApi<OverviewState> | undefined>(undefined);

/** Gives its children one overview store. */
export function OverviewStoreProvider({ children }: { children: ReactNode }) {
  const [store] = useState(createOverviewStore);
  return <OverviewStoreContext.Provider value={store}>{children}</OverviewStoreContext.Provider>;
}

/** Reads a slice of the overview store. */
export function useOverviewStore<T>(selector: (state: OverviewState) => T): T {
  const store = useContext(OverviewStoreContext);
  if (!store) throw new Error("useOverviewStore must be used inside <OverviewStoreProvider>");
  return useStore(store, selector);
}
