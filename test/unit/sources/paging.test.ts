import { describe, expect, it } from "vitest";
import { MAX_PAGES, readAllPages, type Page } from "../../../main/services/sources/paging";

/** A server holding `all`, returning at most `clamp` items per page; records the offsets asked for. */
function server(all: number[], clamp: number, total = all.length) {
  const offsets: number[] = [];
  const fetchPage = (offset: number): Promise<Page<number>> => {
    offsets.push(offset);
    return Promise.resolve({ items: all.slice(offset, offset + clamp), total });
  };
  return { offsets, fetchPage };
}

describe("readAllPages", () => {
  it("without `enough`, reads on until total is reached, advancing by what came back", async () => {
    const s = server([1, 2, 3], 1);
    expect(await readAllPages(s.fetchPage)).toEqual({ items: [1, 2, 3], total: 3, complete: true });
    expect(s.offsets).toEqual([0, 1, 2]);
  });

  it("stops at an empty page even when total promises more", async () => {
    const s = server([1, 2], 2, 10);
    expect(await readAllPages(s.fetchPage)).toEqual({ items: [1, 2], total: 10, complete: true });
    expect(s.offsets).toEqual([0, 2]);
  });

  it("gives up after MAX_PAGES, saying the read is incomplete", async () => {
    const s = server(Array.from({ length: MAX_PAGES + 5 }, (_, i) => i), 1);
    const result = await readAllPages(s.fetchPage);
    expect(result.complete).toBe(false);
    expect(s.offsets).toHaveLength(50);
  });
});
