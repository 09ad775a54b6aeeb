import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { imageSources, MAX_IMAGE_BYTES, runbookImages, workspaceImagePath } from "../../../main/services/workspace/runbook-images";

/** A workspace folder with runbooks/img/flow.png, a file beside the folder, and a symlink out of it. */
function workspace() {
  const root = mkdtempSync(path.join(tmpdir(), "ocd-images-"));
  const dir = path.join(root, "ws");
  mkdirSync(path.join(dir, "runbooks", "img"), { recursive: true });
  writeFileSync(path.join(dir, "runbooks", "img", "flow.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(path.join(dir, "runbooks", "img", "a b.gif"), "GIF89a");
  writeFileSync(path.join(dir, "runbooks", "img", "notes.txt"), "not an image");
  writeFileSync(path.join(dir, "runbooks", "img", "huge.png"), Buffer.alloc(MAX_IMAGE_BYTES + 1));
  writeFileSync(path.join(root, "secret.png"), "outside");
  symlinkSync(path.join(root, "secret.png"), path.join(dir, "runbooks", "img", "link.png"));
  return dir;
}

describe("runbook images", () => {
  it("finds inline and reference images as the view parses them, not links", () => {
    const md = "![flow](img/flow.png) [a link](img/x.png)\n\n![ref][diagram]\n\n[diagram]: img/ref.png\n\n`![code](img/no.png)`";
    expect(imageSources(md)).toEqual(["img/flow.png", "img/ref.png"]);
  });

  it("resolves relative to the runbook and refuses URLs, absolute paths and paths out of the folder", () => {
    const dir = "/ws";
    expect(workspaceImagePath(dir, "runbooks/a.md", "img/flow.png")).toBe(path.resolve("/ws/runbooks/img/flow.png"));
    expect(workspaceImagePath(dir, "runbooks/a.md", "../assets/x.png")).toBe(path.resolve("/ws/assets/x.png"));
    for (const refused of ["../../etc/x.png", "/etc/x.png", "https://example.com/x.png", "file:///etc/x.png", "data:image/png;base64,AAAA", "..", "../.."]) {
      expect(workspaceImagePath(dir, "runbooks/a.md", refused), refused).toBeNull();
    }
  });

  it("gives data: URLs of image files inside the folder only, keyed by the src the renderer sees", async () => {
    const dir = workspace();
    const md = ["![flow](img/flow.png)", "![spaced](<img/a b.gif>)", "![txt](img/notes.txt)", "![huge](img/huge.png)", "![out](../../secret.png)", "![link](img/link.png)", "![gone](img/gone.png)", "![web](https://example.com/x.png)"].join("\n\n");
    expect(await runbookImages(dir, "runbooks/r.md", md)).toEqual({
      "img/flow.png": "data:image/png;base64,iVBORw==",
      "img/a%20b.gif": `data:image/gif;base64,${Buffer.from("GIF89a").toString("base64")}`,
    });
  });
});
