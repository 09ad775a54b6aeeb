// Lint: typescript-eslint's recommended rules, plus the environment rule of DESIGN.md:
// shared/ is pure TypeScript and may not import electron, node:* or react-dom.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["out/**", "dist/**", "node_modules/**", "test-results/**", "playwright-report/**", ".stryker-tmp/**", "test/mutation/reports/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
  {
    files: ["shared/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "electron", message: "shared/ runs everywhere: no Electron here (DESIGN.md rule 1)." },
            { name: "react-dom", message: "shared/ has no DOM (DESIGN.md rule 1)." },
          ],
          patterns: [
            { group: ["node:*"], message: "shared/ runs everywhere: no Node built-ins here (DESIGN.md rule 1)." },
            { group: ["electron/*", "react-dom/*"], message: "shared/ is pure TypeScript (DESIGN.md rule 1)." },
          ],
        },
      ],
    },
  },
);
