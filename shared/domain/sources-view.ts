/** What the Sources panel shows of each workspace source: its settings, where its secret comes from, and how its polling stands. Never a secret's value. */
import type { SourceError } from "./runs";
import type { SourceKind } from "./workspace-schema";

/** Where a source's secret comes from: the app's keychain store, the environment, nowhere yet, or no auth at all. */
export type SecretState = "stored" | "environment" | "missing" | "not-needed";

/** How a source's polling stands: read fine last time, failing, or not read yet (no pipelines use it, or the first poll is pending). */
export type SourceHealthState = "ok" | "failing" | "idle";

/** The poller's view of one source. */
export interface SourceHealth {
  state: SourceHealthState;
  /** True while a poll is in flight. */
  polling: boolean;
  /** Consecutive polls in which every pipeline of the source failed. */
  failures: number;
  /** When the next poll is due (ISO); null while none is scheduled. */
  nextPoll: string | null;
  /** Why the last poll failed (for some or all pipelines); null when it did not. */
  lastError: Pick<SourceError, "kind" | "message"> | null;
}

/** One source as shown. */
export interface SourceView {
  id: string;
  kind: SourceKind;
  /** Null for the demo source, which reads nothing. */
  url: string | null;
  /** Airflow's API generation (v1 = Airflow 2, v2 = Airflow 3); null for other kinds. */
  api: "v1" | "v2" | null;
  /** Poll interval and request timeout as the workspace writes them, or the defaults they fall back to. */
  poll: string;
  timeout: string;
  auth: { kind: "basic" | "token"; username: string | null; passwordEnv: string | null } | null;
  secret: SecretState;
  /** Why the secret is missing, in a sentence the user can act on; null otherwise. */
  secretProblem: string | null;
  /** True for the simulated demo source. */
  demo: boolean;
  health: SourceHealth;
}

/** The sources of the running workspace, and whether the app can keep secrets on this machine. */
export interface SourcesView {
  sources: SourceView[];
  /** Why secrets cannot be stored here (no keychain); null when they can. */
  storageRefusal: string | null;
}
