// Mutation testing (issue 12): `npm run test:mutation`, or one folder with
// `npm run test:mutation -- --mutate 'shared/domain/rotation/**/*.ts'`.
// Incremental: results are kept in test/mutation/stryker-incremental.json and reused for every
// mutant whose code and covering tests did not change, so a re-run after a small change takes
// minutes. A run of one folder keeps the other folders' results in that file.
// Not part of `npm test`: a full run takes far longer than the test suite.
// The validation fuzz runs once per mutant it covers: 200 cases instead of 2,000 keep that affordable.
process.env.ONCALL_FUZZ_CASES ??= "200";

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.config.ts", related: true },
  checkers: ["typescript"],
  tsconfigFile: "tsconfig.json",
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: "perTest",
  mutate: [
    "shared/domain/**/*.ts",
    "main/services/**/*.ts",
    // Being rewritten under issue 8; mutation-tested once that lands.
    "!shared/domain/sla/**",
    "!main/services/sources/**",
  ],
  // Mutants must be killed by the unit tests of the domain and services. The shell (test/unit/app)
  // and CLI (test/unit/cli) tests start a whole desk per test and would multiply the cost of every mutant.
  testFiles: ["test/unit/{alerts,kpis,poller,rotation,settings,sla,sources,status,workspace}/**/*.test.ts"],
  // The machine's two cores are shared with other work: two test runners at most.
  concurrency: 2,
  // A busy machine must not turn slow tests into "timeout" kills.
  timeoutMS: 20_000,
  timeoutFactor: 2,
  incremental: true,
  incrementalFile: "test/mutation/stryker-incremental.json",
  ignorePatterns: ["out", "dist", "test-results", "playwright-report", "test/mutation/reports"],
  reporters: ["clear-text", "progress-append-only", "html", "json"],
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  htmlReporter: { fileName: "test/mutation/reports/mutation.html" },
  jsonReporter: { fileName: "test/mutation/reports/mutation.json" },
  thresholds: { high: 80, low: 70, break: null },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
