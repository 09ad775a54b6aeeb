/** The renderer entry: mounts the overview inside the error boundary and the react-query provider. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { QueryClientProvider } from "@tanstack/react-query";
import { createQueryClient } from "./queries/query-client";
import { ErrorBoundary } from "./components/error-boundary";
import { OverviewPage } from "./features/overview/overview-page";
import { WelcomeGate } from "./features/welcome/welcome-gate";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <QueryClientProvider client={createQueryClient()}>
        <WelcomeGate>
          <OverviewPage />
        </WelcomeGate>
      </QueryClientProvider>
    </ErrorBoundary>
  </StrictMode>,
);
