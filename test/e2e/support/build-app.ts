/** Playwright global setup: builds main, preload and renderer once, so the tests run what `npm start` runs. */
import { build } from "electron-vite";

/** Runs `electron-vite build` from the repository root. */
export default async function buildApp(): Promise<void> {
  await build({ logLevel: "warn" });
}
