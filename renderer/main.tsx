/** The renderer entry: paints the OS's colour scheme before the first frame, asks for the Now view's data, then mounts the app. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@fontsource-variable/inter/wght.css";
import { App } from "./app/app";
import { osTheme, paintTheme } from "./app/theme";
import { createQueryClient } from "./queries/query-client";
import { followRiskEvents } from "./queries/risks";
import { followStatusEvents, prefetchNow } from "./queries/status";
import "./styles.css";

paintTheme(osTheme());
const client = createQueryClient();
followStatusEvents(client);
followRiskEvents(client);
// The window opens on Now more often than not; a view opened by route simply finds these cached.
prefetchNow(client);
const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
);
