/** DESIGN.md rule 1, enforced: the lint config rejects electron, node:* and react-dom imports in shared/. */
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImportErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("shared/ stays pure", () => {
  for (const spec of ["electron", "node:fs", "react-dom", "react-dom/client"]) {
    it(`rejects import of ${spec} in shared/`, async () => {
      const errors = await restrictedImportErrors(`import * as x from "${spec}";\nexport const y = x;\n`, "shared/domain/example.ts");
      expect(errors).toHaveLength(1);
    });
  }

  it("allows the same import outside shared/ and pure imports inside it", async () => {
    expect(await restrictedImportErrors(`import * as x from "node:fs";\nexport const y = x;\n`, "main/services/example.ts")).toEqual([]);
    expect(await restrictedImportErrors(`import { DateTime } from "luxon";\nexport const y = DateTime;\n`, "shared/domain/example.ts")).toEqual([]);
  });
});
