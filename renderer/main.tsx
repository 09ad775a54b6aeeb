/** The renderer entry: paints the OS's colour scheme before the first frame, then mounts the app. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@fontsource-variable/inter/wght.css";
import { App } from "./app/app";
import { osTheme, paintTheme } from "./app/theme";
import "./styles.css";

paintTheme(osTheme());
const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
