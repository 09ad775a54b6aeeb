/** Offset paging shared by the Airflow APIs: `{items, total_entries}` pages, `limit` clamped by the server. */

/** One page as the API gave it. */
export interface Page<T> {
  items: T[];
  total: number;
}

/** Never follow a misbehaving server forever: 50 pages of 100 is far beyond 30 days of an hourly DAG. */
export const MAX_PAGES = 50;

/**
 * Fetches pages from offset 0 until `total` is reached, a page comes back empty, `enough(page)` says
 * the window is covered, or MAX_PAGES. The offset advances by what actually came back, so a server
 * that clamps `limit` below what we asked is still read completely. `complete` is false only when
 * MAX_PAGES ended the read: older items may be missing.
 */
export async function readAllPages<T>(
  fetchPage: (offset: number) => Promise<Page<T>>,
  enough: (items: T[]) => boolean = () => false,
): Promise<{ items: T[]; total: number; complete: boolean }> {
  const items: T[] = [];
  let total = 0;
  for (let pages = 0; pages < MAX_PAGES; pages += 1) {
    const page = await fetchPage(items.length);
    total = page.total;
    items.push(...page.items);
    if (page.items.length === 0 || items.length >= page.total || enough(page.items)) return { items, total, complete: true };
  }
  return { items, total, complete: false };
}
