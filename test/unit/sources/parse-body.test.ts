import { describe, expect, it } from "vitest";
import { z } from "zod";
import { isoInstant, parseBody } from "../../../main/services/sources/parse-body";

/** The message of what `run` throws (a SourceFailure carries it as its Error message). */
function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected a failure");
}

describe("parseBody", () => {
  const schema = z.object({ runs: z.array(z.object({ id: z.string({ message: "must be text" }) })) });

  it("returns the parsed body when it matches", () => {
    expect(parseBody("src", "run list", schema, { runs: [{ id: "a", extra: 1 }] })).toEqual({ runs: [{ id: "a" }] });
  });

  it("names the source, the document, the path of the first bad field and zod's message", () => {
    expect(messageOf(() => parseBody("src", "run list", schema, { runs: [{ id: "a" }, { id: 7 }] }))).toBe(
      "source src returned an unexpected run list at runs.1.id: must be text",
    );
  });

  it("says no path when the document itself is wrong", () => {
    const top = z.array(z.string(), { message: "not a list" });
    expect(messageOf(() => parseBody("src", "run list", top, "oops"))).toBe("source src returned an unexpected run list: not a list");
  });
});

describe("isoInstant", () => {
  it("reads a time with an offset other than UTC at its instant", () => {
    expect(isoInstant("src", "start", "2024-06-03T13:05:00+02:00")).toBe("2024-06-03T11:05:00.000Z");
  });

  it.each(["2024-06-03T11:05:00", "2024-06-03 11:05:00", "2024-06-03T11:05", "2024-06-03t11:05:00.123456"])(
    "refuses %j, a date-time without a zone, which Date.parse would read in this machine's zone",
    (text) => {
      expect(messageOf(() => isoInstant("src", "start", text))).toBe(`source src: start "${text}" names no time zone (write Z or an offset such as +00:00)`);
    },
  );

  it.each(["x2024-06-03T11:05:00", "2024-06-03T11:05:00 local"])("says %j, text around a date-time, is not a date", (text) => {
    expect(messageOf(() => isoInstant("src", "start", text))).toBe(`source src: start "${text}" is not a date`);
  });

  it("keeps milliseconds of a microsecond fraction and pads a short one", () => {
    expect(isoInstant("src", "start", "2024-06-03T11:05:00.123456Z")).toBe("2024-06-03T11:05:00.123Z");
    expect(isoInstant("src", "start", "2024-06-03T11:05:00.5+00:00")).toBe("2024-06-03T11:05:00.500Z");
  });
});
