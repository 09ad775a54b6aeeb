/**
 * Fuzz: 2,000 seeded mutations of the default workspace (delete, retype, duplicate and swap YAML
 * nodes; cut runbook lines). validate must always answer, with success or with well-formed
 * problems, and never throw. What it accepts is checked against a rule of its own: every key
 * written in the files reaches the validated workspace (none silently dropped), and every key
 * written is one the default workspace uses (none unknown kept).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { Document, isCollection, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Node } from "yaml";
import { parseWorkspace, type WorkspaceFiles } from "../../../shared/domain/parse-workspace";
import { embeddedFiles } from "../../fakes/workspace-files";
import { pick, seededRandom } from "../../fakes/seeded-random";

// Fewer under mutation testing (stryker.config.mjs), where the fuzz runs once per mutant.
const CASES = Number(process.env.ONCALL_FUZZ_CASES ?? 2_000);
const REPLACEMENTS: unknown[] = [42, -1, 3.5, "", "text", "99999", true, null, [], {}, ["a", 1], { x: 1 }];

type Random = () => number;

function nodesOf(doc: Document): Node[] {
  const nodes: Node[] = [];
  visit(doc, {
    Node(_key, node) {
      nodes.push(node as Node);
    },
  });
  return nodes;
}

function mutateYaml(text: string, random: Random): string {
  const doc = parseDocument(text);
  const nodes = nodesOf(doc);
  const collections = nodes.filter((n) => isCollection(n) && n.items.length > 0);
  const scalars = nodes.filter(isScalar);
  const op = pick(random, ["delete", "retype", "duplicate", "swap"] as const);
  if (op === "delete" && collections.length > 0) {
    const target = pick(random, collections);
    if (isCollection(target)) target.items.splice(Math.floor(random() * target.items.length), 1);
  } else if (op === "retype" && scalars.length > 0) {
    const target = pick(random, scalars);
    if (isScalar(target)) target.value = pick(random, REPLACEMENTS);
    const replacement = pick(random, REPLACEMENTS);
    if (typeof replacement === "object" && replacement !== null) {
      // Collections can't live in a Scalar: put one where a map value was.
      const maps = nodes.filter((n) => isMap(n) && n.items.length > 0);
      if (maps.length > 0) {
        const map = pick(random, maps);
        if (isMap(map)) {
          const pair = pick(random, map.items);
          if (isPair(pair)) pair.value = doc.createNode(replacement);
        }
      }
    }
  } else if (op === "duplicate" && collections.length > 0) {
    const target = pick(random, collections);
    if (isSeq(target)) target.items.push(doc.createNode(JSON.parse(JSON.stringify(pick(random, target.items) ?? null))));
    if (isMap(target)) {
      const pair = pick(random, target.items);
      if (isPair(pair)) target.items.push(doc.createPair(`${String(isScalar(pair.key) ? pair.key.value : "key")}${random() < 0.5 ? "" : "_copy"}`, pair.value));
    }
  } else if (op === "swap" && collections.length > 1) {
    const a = pick(random, collections);
    const b = pick(random, collections);
    if (isCollection(a) && isCollection(b)) {
      const i = Math.floor(random() * a.items.length);
      const j = Math.floor(random() * b.items.length);
      const [x, y] = [a.items[i], b.items[j]];
      (a.items as unknown[])[i] = y;
      (b.items as unknown[])[j] = x;
    }
  }
  try {
    return doc.toString();
  } catch {
    // A swap can make a cycle or an unprintable tree: keep the text as it was.
    return text;
  }
}

function cutLine(text: string, random: Random): string {
  const lines = text.split("\n");
  lines.splice(Math.floor(random() * lines.length), 1);
  return lines.join("\n");
}

function mutate(files: WorkspaceFiles, random: Random): WorkspaceFiles {
  let out = files;
  const rounds = 1 + Math.floor(random() * 3);
  for (let r = 0; r < rounds; r++) {
    const where = random();
    if (where < 0.75) out = { ...out, workspaceYaml: mutateYaml(out.workspaceYaml!, random) };
    else if (where < 0.92) out = { ...out, risksYaml: mutateYaml(out.risksYaml!, random) };
    else {
      const name = pick(random, Object.keys(out.runbooks));
      out = { ...out, runbooks: { ...out.runbooks, [name]: cutLine(out.runbooks[name]!, random) } };
    }
  }
  return out;
}

/** Every key path of a parsed document, list positions written `[]`: `pipelines[].owners.primary`. */
function keyPaths(value: unknown, prefix = "", out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) keyPaths(item, `${prefix}[]`, out);
  } else if (value !== null && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      const path = prefix === "" ? key : `${prefix}.${key}`;
      out.add(path);
      keyPaths(inner, path, out);
    }
  }
  return out;
}

/** The key paths written in workspace.yaml and risks.yaml, read with the YAML library alone (not the validator). */
function writtenKeys(files: WorkspaceFiles): Set<string> {
  const read = (text: string | undefined) => (text === undefined ? {} : parseDocument(text).toJS({ maxAliasCount: 1000 }));
  const risks = [...keyPaths(read(files.risksYaml))].filter((path) => path.startsWith("risks"));
  return new Set([...keyPaths(read(files.workspaceYaml)), ...risks]);
}

function linesIn(files: WorkspaceFiles, file: string): number | undefined {
  const text = file === "workspace.yaml" ? files.workspaceYaml : file === "risks.yaml" ? files.risksYaml : files.runbooks[file.replace(/^runbooks\//, "")];
  return text?.split("\n").length;
}

let base: WorkspaceFiles;
beforeAll(async () => {
  base = await embeddedFiles();
});

describe("validate under mutation", () => {
  it(`answers ${CASES} mutated workspaces with success or well-formed problems, never a throw`, () => {
    const knownKeys = writtenKeys(base);
    let invalid = 0;
    let accepted = 0;
    for (let seed = 1; seed <= CASES; seed++) {
      const files = mutate(base, seededRandom(seed));
      let result: ReturnType<typeof parseWorkspace>;
      try {
        result = parseWorkspace(files);
      } catch (error) {
        throw new Error(`seed ${seed}: validate threw ${String(error)}`);
      }
      if (result.ok) {
        accepted++;
        const kept = keyPaths(result.workspace);
        for (const path of writtenKeys(files)) {
          expect(kept.has(path), `seed ${seed}: key ${path} was accepted but dropped`).toBe(true);
          expect(knownKeys.has(path), `seed ${seed}: unknown key ${path} was accepted`).toBe(true);
        }
        continue;
      }
      invalid++;
      expect(result.problems.length, `seed ${seed}`).toBeGreaterThan(0);
      for (const p of result.problems) {
        const lines = linesIn(files, p.file);
        expect(lines, `seed ${seed}: problem in unknown file ${p.file}`).toBeDefined();
        expect(p.line, `seed ${seed}: ${p.file}:${p.line}`).toBeGreaterThanOrEqual(1);
        expect(p.line, `seed ${seed}: ${p.file}:${p.line}`).toBeLessThanOrEqual(lines!);
        expect(p.col).toBeGreaterThanOrEqual(1);
        expect(p.message.trim().length, `seed ${seed}: empty message`).toBeGreaterThan(0);
        expect(p.message, `seed ${seed}: stack trace in message`).not.toMatch(/\n\s+at /);
      }
    }
    // The mutations must actually break things most of the time, or this test proves little;
    // and enough of them must pass for the rule on accepted workspaces to be tried.
    expect(invalid).toBeGreaterThan(CASES * 0.6);
    expect(accepted).toBeGreaterThan(CASES * 0.05);
  }, 1_200_000); // YAML parsing dominates: ~20 ms a case, but over 300 ms on a 2-core machine shared by many runs.
});
