import { describe, expect, it } from "vitest";
import { instantMs, isoOf } from "../../../shared/domain/sla/instant";
import { pick as pickWith, seededRandom } from "../../fakes/seeded-random";

const random = seededRandom(11);
const int = (n: number) => Math.floor(random() * n);
const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const pick = <T>(items: readonly T[]): T => pickWith(random, items);

/** An ISO-looking instant: mostly the shapes sources send, often with a field at or past its range. */
function generated(): string {
  const year = pick([int(10_000), 1969, 1970, 2000, 2024, 2026, 2100]);
  const month = pick([int(14), 1 + int(12), 2, 12]);
  const day = pick([int(33), 1 + int(28), 29, 30, 31]);
  const hour = pick([int(26), int(24), 0, 23, 24]);
  const minute = pick([int(61), int(60), 59, 60]);
  const second = pick([int(61), int(60), 59, 60]);
  const fraction = pick(["", "", ".", `.${int(10)}`, `.${pad(int(100))}`, `.${pad(int(1000), 3)}`, `.${pad(int(1_000_000), 6)}`, `.${pad(int(1e9), 9)}`]);
  const zone = pick(["Z", "Z", "z", "", `+${pad(int(25))}:${pad(int(61))}`, `-${pad(int(24))}:${pad(int(60))}`, "+00:00", "-00:00", "+05:30", "+0100", "+01"]);
  const t = pick(["T", "T", "T", "t", " "]);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}${t}${pad(hour)}:${pad(minute)}:${pad(second)}${fraction}${zone}`;
}

describe("instantMs", () => {
  it("equals Date.parse on 20,000 generated instants (offsets, Z, no millis, long fractions, out-of-range fields)", () => {
    for (let i = 0; i < 20_000; i++) {
      const text = generated();
      expect(instantMs(text), text).toBe(Date.parse(text));
    }
  });

  it("reads the shapes sources send, offsets included", () => {
    expect(instantMs("2026-03-08T06:00:00+00:00")).toBe(Date.UTC(2026, 2, 8, 6));
    expect(instantMs("2026-03-08T06:00:00Z")).toBe(Date.UTC(2026, 2, 8, 6));
    expect(instantMs("2026-03-08T06:00:00.123456+00:00")).toBe(Date.UTC(2026, 2, 8, 6, 0, 0, 123));
    expect(instantMs("2026-03-08T06:00:00.5Z")).toBe(Date.UTC(2026, 2, 8, 6, 0, 0, 500));
    expect(instantMs("2026-03-08T07:30:00+01:30")).toBe(Date.UTC(2026, 2, 8, 6));
    expect(instantMs("2026-03-07T22:00:00-08:00")).toBe(Date.UTC(2026, 2, 8, 6));
    expect(instantMs("2024-02-29T23:59:59.999Z")).toBe(Date.UTC(2024, 1, 29, 23, 59, 59, 999));
  });

  it("is NaN for garbage, as Date.parse is", () => {
    for (const text of ["", "garbage", "2026-03-08", "2026-03-08T06:00", "2026-03-08T06:00:00.Z", "2026-03-08T06:00:00+24:00", "2026-13-01T00:00:00Z", "2026-03-08T06:00:00ZZ", "2026-03-08T0x:00:00Z", "x026-03-08T06:00:00Z", "2026/03/08T06:00:00Z"]) {
      expect(instantMs(text), text).toBe(Date.parse(text));
    }
    expect(instantMs("2026-03-08T06:00:00.Z")).toBeNaN();
    expect(instantMs("garbage")).toBeNaN();
  });
});

describe("isoOf", () => {
  it("writes what toISOString writes, over 20,000 instants from year 0 to 9999 and the edges", () => {
    const edges = [0, -1, 1, -62_167_219_200_000, -62_167_219_200_001, 253_402_300_799_999, 253_402_300_800_000, 951_782_400_000, 1.5, -0.5, 8.64e15];
    const samples = [...edges, ...Array.from({ length: 20_000 }, () => Math.round((random() * 2 - 0.5) * 2.6e14))];
    for (const ms of samples) expect(isoOf(ms), String(ms)).toBe(new Date(ms).toISOString());
  });

  it("throws on NaN, as toISOString does", () => {
    expect(() => isoOf(NaN)).toThrow(RangeError);
  });
});
