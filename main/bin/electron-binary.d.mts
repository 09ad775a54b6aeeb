/** The Electron binary of node_modules/electron, or why there is none (see electron-binary.mjs). */
export type ElectronBinary =
  | { dir: string; version: string; path: string; missing?: undefined }
  | { dir?: string; version?: string; path?: undefined; missing: string };

/** Finds the binary the electron package resolved from `fromDir` would run, without downloading it. */
export function findElectronBinary(fromDir?: string, env?: Record<string, string | undefined>): ElectronBinary;
