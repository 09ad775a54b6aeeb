/** The app root: error boundary, data, UI state and the hash router around the one gate and the shell. */
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { Router } from "wouter";
import { useHashLocation } from "wouter/use-hash-location";
import { ErrorBoundary } from "../components/error-boundary";
import { WelcomeGate } from "../features/welcome/welcome-gate";
import { useSettings, useSettingsEvents } from "../queries/settings";
import { UiStoreProvider } from "../stores/ui-store";
import { Shell } from "./shell";
import { useAppliedTheme } from "./theme";

/** What the window shows: on a first run the welcome, then the shell with its views. */
function AppRoot() {
  useSettingsEvents();
  const settings = useSettings();
  useAppliedTheme(settings.data?.theme);
  return (
    <WelcomeGate>
      <Shell />
    </WelcomeGate>
  );
}

/** The whole renderer, on `client` (created, and primed, by the entry). */
export function App({ client }: { client: QueryClient }) {
  return (
    <ErrorBoundary>
      <QueryClientProvider client={client}>
        <UiStoreProvider>
          <Router hook={useHashLocation}>
            <AppRoot />
          </Router>
        </UiStoreProvider>
      </QueryClientProvider>
    </ErrorBoundary>
  );
}
