/** Finds where a YAML path lives in a parsed document, as 1-based line and column. */
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from "yaml";

/** A path into a YAML document: map keys and sequence indices. */
export type YamlPath = ReadonlyArray<string | number>;

/** A 1-based position in a file. */
export interface Position {
  line: number;
  col: number;
}

/** Formats a path the way people read it: `pipelines[2].owners.secondary`. */
export function formatYamlPath(path: YamlPath): string {
  let out = "";
  for (const part of path) out += typeof part === "number" ? `[${part}]` : out ? `.${part}` : part;
  return out;
}

function pairFor(node: unknown, key: string | number): Pair<unknown, unknown> | undefined {
  if (isMap(node)) return node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key) as Pair<unknown, unknown> | undefined;
  return undefined;
}

function childOf(node: unknown, key: string | number): unknown {
  if (isMap(node)) return pairFor(node, key)?.value;
  if (isSeq(node) && typeof key === "number") return node.items[key];
  return undefined;
}

function startOf(node: unknown): number | undefined {
  const range = (node as Node | undefined)?.range;
  return range ? range[0] : undefined;
}

/**
 * Position of the value at `path`; with `atKey`, of its key instead (for "unknown key" problems).
 * Where the path runs out (a missing key), the deepest node that exists is used, so a "missing
 * field" problem points at the map that lacks it.
 */
export function locate(doc: Document, lineCounter: LineCounter, path: YamlPath, atKey = false): Position {
  let node: unknown = doc.contents;
  let offset = startOf(node) ?? 0;
  path.forEach((part, i) => {
    const last = i === path.length - 1;
    const pair = pairFor(node, part);
    const next = childOf(node, part);
    const at = last && atKey && pair ? startOf(pair.key) : (startOf(next) ?? (pair ? startOf(pair.key) : undefined));
    if (at !== undefined) offset = at;
    node = next;
  });
  const { line, col } = lineCounter.linePos(offset);
  return { line, col };
}
