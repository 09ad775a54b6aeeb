import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/unit/**/*.test.ts"],
    environment: "node",
    // Time limits here only catch hangs: the shared 2-core machines run at load averages of 10+, where
    // a hook that starts fake servers and compiles Airflow's OpenAPI schemas can take well over 10 s.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
