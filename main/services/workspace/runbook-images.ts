/**
 * The images a runbook may show: only files inside the workspace folder (a relative path from the
 * runbook, symlinks resolved), of an image type, up to MAX_IMAGE_BYTES, as data: URLs (the window's
 * CSP allows no other image origin). Anything else — a URL, an absolute path, a path out of the
 * folder, a missing file — is left out, and the view shows the image's alt text instead.
 */
import { readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { normalizeUri } from "micromark-util-sanitize-uri";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

/** The largest image file shown. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

const IMAGE_TYPES: Readonly<Record<string, string>> = {
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".svg": "image/svg+xml",
};

interface MdNode {
  type: string;
  url?: string;
  identifier?: string;
  children?: MdNode[];
}

/** The image destinations of a runbook's Markdown as written, parsed as the view parses it (remark + GFM), reference images included. */
export function imageSources(markdown: string): string[] {
  const definitions = new Map<string, string>();
  const images: MdNode[] = [];
  const walk = (node: MdNode) => {
    if (node.type === "definition" && node.identifier && node.url !== undefined) definitions.set(node.identifier, node.url);
    if (node.type === "image" || node.type === "imageReference") images.push(node);
    node.children?.forEach(walk);
  };
  walk(unified().use(remarkParse).use(remarkGfm).parse(markdown) as MdNode);
  const urls = images.map((node) => (node.type === "image" ? node.url : definitions.get(node.identifier ?? "")));
  return [...new Set(urls.filter((url): url is string => Boolean(url)))];
}

/** The file an image destination names, relative to the runbook; null for a URL, an absolute path or a path out of the workspace folder. */
export function workspaceImagePath(workspaceDir: string, runbookFile: string, src: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || /^[/\\]/.test(src)) return null;
  const target = path.resolve(workspaceDir, path.dirname(runbookFile), decodePath(src.replace(/[?#].*$/, "")));
  return inside(workspaceDir, target) ? target : null;
}

/** A destination's %-escapes decoded ("a%20b.png" names "a b.png"); a malformed escape stays as written. */
function decodePath(src: string): string {
  try {
    return decodeURIComponent(src);
  } catch {
    return src;
  }
}

function inside(dir: string, target: string): boolean {
  const relative = path.relative(dir, target);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}

/** One image as a data: URL, or null when it may not be shown. */
async function dataUrl(workspaceDir: string, runbookFile: string, src: string): Promise<string | null> {
  const file = workspaceImagePath(workspaceDir, runbookFile, src);
  const type = file && IMAGE_TYPES[path.extname(file).toLowerCase()];
  if (!file || !type) return null;
  try {
    // A symlink inside the folder must not lead out of it.
    const [real, realDir] = await Promise.all([realpath(file), realpath(workspaceDir)]);
    if (!inside(realDir, real) || (await stat(real)).size > MAX_IMAGE_BYTES) return null;
    return `data:${type};base64,${(await readFile(real)).toString("base64")}`;
  } catch {
    return null;
  }
}

/**
 * The images of a runbook the view may show, keyed by their `src` as the Markdown renderer gives it
 * (react-markdown normalises destinations with micromark's normalizeUri), as data: URLs.
 */
export async function runbookImages(workspaceDir: string, runbookFile: string, markdown: string): Promise<Record<string, string>> {
  const entries = await Promise.all(imageSources(markdown).map(async (src) => [normalizeUri(src), await dataUrl(workspaceDir, runbookFile, src)] as const));
  return Object.fromEntries(entries.filter((entry): entry is readonly [string, string] => entry[1] !== null));
}
