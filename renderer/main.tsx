/** The renderer entry: mounts the overview inside the react-query provider. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { QueryClientProvider } from "@tanstack/react-query";
import { createQueryClient } from "./queries/query-client";
import { OverviewPage } from "./features/overview/overview-page";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <OverviewPage />
    </QueryClientProvider>
  </StrictMode>,
);
