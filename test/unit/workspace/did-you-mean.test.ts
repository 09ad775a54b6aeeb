import { describe, expect, it } from "vitest";
import { didYouMean, suggest } from "../../../shared/domain/validation/did-you-mean";

// Distances below are Levenshtein distances counted by hand.
describe("did you mean", () => {
  it("suggests a candidate up to two edits away from a short word, not three", () => {
    expect(suggest("ab", ["abcd"])).toBe("abcd"); // 2 insertions
    expect(suggest("ab", ["abcde"])).toBeUndefined(); // 3 insertions
    expect(suggest("alx", ["sarah", "alex"])).toBe("alex"); // 1 insertion
  });

  it("allows a third of a long word's length in edits", () => {
    // 12 letters: up to 4 edits.
    expect(suggest("abcdefghijkl", ["abcdefghWXYZ"])).toBe("abcdefghWXYZ"); // 4 substitutions
    expect(suggest("abcdefghijkl", ["abcdefgVWXYZ"])).toBeUndefined(); // 5 substitutions
  });

  it("ignores case when judging the distance", () => {
    expect(suggest("LISA", ["lisa"])).toBe("lisa");
  });

  it("has nothing to suggest without candidates", () => {
    expect(suggest("alex", [])).toBeUndefined();
    expect(didYouMean("alex", [])).toBe("");
  });

  it("words the suggestion for a message, or says nothing", () => {
    expect(didYouMean("alx", ["alex"])).toBe(' (did you mean "alex"?)');
    expect(didYouMean("zzzzzz", ["alex"])).toBe("");
  });
});
