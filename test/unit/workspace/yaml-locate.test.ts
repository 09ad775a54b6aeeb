import { describe, expect, it } from "vitest";
import { LineCounter, parseDocument } from "yaml";
import { locate } from "../../../shared/domain/validation/yaml-locate";

const TEXT = "team:\n  - id: alex\n    level: senior\nsla:\n  profit: 2h\n";

function at(path: (string | number)[], atKey = false) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(TEXT, { lineCounter });
  return locate(doc, lineCounter, path, atKey);
}

describe("locate", () => {
  it("points at a value, or at its key when asked", () => {
    expect(at(["team", 0, "level"])).toEqual({ line: 3, col: 12 });
    expect(at(["team", 0, "level"], true)).toEqual({ line: 3, col: 5 });
  });

  it("points a missing field at the map that lacks it, even when asked for the key", () => {
    // The key asked for does not exist: the deepest node that does is the map under `sla`, not the `sla` key.
    expect(at(["sla", "growth"], true)).toEqual({ line: 5, col: 3 });
    expect(at(["team", 0, "name"], true)).toEqual({ line: 2, col: 5 });
  });

  it("stops at the last node that exists when the path runs on past it", () => {
    expect(at(["sla", "growth", "deadline", 3])).toEqual({ line: 5, col: 3 });
    expect(at(["nowhere", "at", "all"])).toEqual({ line: 1, col: 1 });
  });
});
