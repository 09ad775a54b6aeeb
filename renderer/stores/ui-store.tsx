/**
 * UI state that outlives a view (filters the user set, what the palette asked a view to show): data lives in react-query.
 * The store is created per provider, not exported as a module singleton (DESIGN rule 4).
 */
import { createContext, useContext, useState, type ReactNode } from "react";
import { createStore, useStore, type StoreApi } from "zustand";
import { DEFAULT_SORT_DIRECTION, type RiskFilter, type RiskSortKey, type SortDirection } from "../../shared/domain/risks/risk-filters";

/** A pipeline area, or every area. */
export type AreaFilter = "all" | "profit" | "growth" | "engagement";

/** How the Risks view arranges the register: its filters (a heat-map cell among them) and its order. */
export interface RiskRegisterState {
  filter: RiskFilter;
  sort: RiskSortKey;
  direction: SortDirection;
}

/** The register as it first shows: everything, highest score first. */
export const DEFAULT_RISK_REGISTER: RiskRegisterState = { filter: {}, sort: "score", direction: DEFAULT_SORT_DIRECTION.score };

/** The window's UI state. */
export interface UiState {
  /** The Pipelines view's area filter. */
  area: AreaFilter;
  /** Engineer whose shifts the rotation calendars show and export, or the whole team. */
  rotationEngineer: string | undefined;
  /** Engineer the Team view brings into view and focuses (the palette's "engineer" entries), once. */
  teamFocus: string | undefined;
  /** The Risks view's filters and order: kept when the user follows a runbook link and comes back. */
  riskRegister: RiskRegisterState;
  /** The Runbooks view's search, kept while the user opens a result and comes back. */
  runbookQuery: string;
  setArea: (area: AreaFilter) => void;
  /** Shows one engineer's shifts, or everyone's with undefined. */
  setRotationEngineer: (engineerId: string | undefined) => void;
  /** Asks the Team view to focus an engineer; it clears the request once done. */
  setTeamFocus: (engineerId: string | undefined) => void;
  setRiskRegister: (register: RiskRegisterState) => void;
  setRunbookQuery: (query: string) => void;
}

function createUiStore(): StoreApi<UiState> {
  return createStore<UiState>()((set) => ({
    area: "all",
    rotationEngineer: undefined,
    teamFocus: undefined,
    riskRegister: DEFAULT_RISK_REGISTER,
    setArea: (area) => set({ area }),
    setRotationEngineer: (engineerId) => set({ rotationEngineer: engineerId }),
    setTeamFocus: (engineerId) => set({ teamFocus: engineerId }),
    setRiskRegister: (register) => set({ riskRegister: register }),
    runbookQuery: "",
    setRunbookQuery: (query) => set({ runbookQuery: query }),
  }));
}

const UiStoreContext = createContext<StoreApi<UiState> | undefined>(undefined);

/** Gives its children one UI store. */
export function UiStoreProvider({ children }: { children: ReactNode }) {
  const [store] = useState(createUiStore);
  return <UiStoreContext.Provider value={store}>{children}</UiStoreContext.Provider>;
}

/** Reads a slice of the UI store. */
export function useUiStore<T>(selector: (state: UiState) => T): T {
  const store = useContext(UiStoreContext);
  if (!store) throw new Error("useUiStore must be used inside <UiStoreProvider>");
  return useStore(store, selector);
}
