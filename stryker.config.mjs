// Mutation testing (issue 12): `npm run test:mutation`, or one folder with
// `npm run test:mutation -- --mutate 'shared/domain/rotation/**/*.ts'`.
// Incremental: results are kept in test/mutation/incremental/<folder>.json (all.json for a whole
// run) and reused for every mutant whose code and covering tests did not change, so a re-run after
// a small change takes minutes; folders have a file each, so two of them can run side by side.
// Not part of `npm test`: a full run takes far longer than the test suite.
import process from "node:process";

/** The folder named by `--mutate <glob>` (e.g. shared-domain-rotation), or "all". */
function mutatedFolder(argv) {
  const at = argv.findIndex((arg) => arg === "--mutate" || arg === "-m");
  const glob = at >= 0 ? argv[at + 1] : argv.find((arg) => arg.startsWith("--mutate="))?.slice("--mutate=".length);
  if (!glob) return "all";
  return glob.split(",")[0].replace(/\/?\*.*$/, "").replace(/\.ts$/, "").replace(/[^A-Za-z0-9]+/g, "-") || "all";
}

// The validation fuzz runs once per mutant it covers: 200 cases instead of 2,000 keep that affordable.
process.env.ONCALL_FUZZ_CASES ??= "200";
// Likewise the demo source's week-long property test: every 7th of its 1,344 instants (7 is prime to the 4 minutes per hour, so all of them are still met).
process.env.ONCALL_DEMO_STRIDE ??= "7";

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.config.ts", related: true },
  checkers: ["typescript"],
  // Type-check mutants against the mutated code only, not the tests: the checker re-checks its program
  // for every group of mutants, and the whole project's program made it slower than the tests.
  tsconfigFile: mutatedFolder(process.argv).startsWith("shared-") ? "shared/tsconfig.json" : "test/mutation/tsconfig.json",
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: "perTest",
  mutate: [
    "shared/domain/**/*.ts",
    "main/services/**/*.ts",
  ],
  // Mutants must be killed by the unit tests of the domain and services. The shell (test/unit/app)
  // and CLI (test/unit/cli) tests start a whole desk per test and would multiply the cost of every mutant.
  testFiles: ["test/unit/{alerts,kpis,poller,rotation,settings,sla,sources,status,workspace}/**/*.test.ts"],
  // The machine's two cores are shared with other work: two test runners at most.
  concurrency: 2,
  // A busy machine must not turn slow tests into "timeout" kills.
  timeoutMS: 20_000,
  timeoutFactor: 2,
  // Static mutants (module-level values, run once when a file loads) are left out of the score:
  // Stryker's vitest runner activates them after the module has loaded when `testFiles` is set
  // (stryker-js#6144), so it reports them survived even when a test kills them (four alert-book
  // constants did, each killed when planted by hand). Code that also runs inside tests is still tested.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: `test/mutation/incremental/${mutatedFolder(process.argv)}.json`,
  ignorePatterns: ["out", "dist", "test-results", "playwright-report", "test/mutation/reports"],
  reporters: ["clear-text", "progress-append-only", "html", "json"],
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  htmlReporter: { fileName: "test/mutation/reports/mutation.html" },
  jsonReporter: { fileName: "test/mutation/reports/mutation.json" },
  thresholds: { high: 80, low: 70, break: null },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
