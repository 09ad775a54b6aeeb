import { describe, expect, it } from "vitest";
import { ensureChromium, findChromium, type ChromiumFacts } from "../../e2e/support/chromium.mjs";

/** A machine with the given files and browsers; records what was installed and said. */
function machine(options: { files?: string[]; starts?: (path: string | undefined) => true | string; root?: boolean; debian?: boolean; installs?: true | string; env?: Record<string, string> }) {
  const files = new Set(options.files ?? []);
  const installed: string[] = [];
  const said: string[] = [];
  const facts: ChromiumFacts = {
    env: options.env ?? {},
    exists: (file) => files.has(file),
    launches: async (path) => (options.starts ?? (() => "no browser"))(path),
    isRoot: options.root ?? false,
    isDebian: options.debian ?? false,
    install: async (how) => {
      installed.push(how);
      if (options.installs === true && how === "apt") files.add("/usr/bin/chromium");
      return options.installs ?? "offline";
    },
    log: (line) => said.push(line),
  };
  return { facts, installed, said };
}

describe("finding a Chromium for the browser tests", () => {
  it("prefers CHROMIUM_PATH, then Debian's chromium, then none (Playwright's own)", () => {
    const exists = (f: string) => ["/opt/chrome", "/usr/bin/chromium", "/usr/bin/google-chrome"].includes(f);
    expect(findChromium({ CHROMIUM_PATH: "/opt/chrome" }, exists)).toEqual({ path: "/opt/chrome" });
    expect(findChromium({ CHROMIUM_PATH: "/gone" }, exists)).toEqual({ path: "/gone", missing: true });
    expect(findChromium({}, exists)).toEqual({ path: "/usr/bin/chromium" });
    expect(findChromium({}, () => false)).toEqual({});
  });

  it("uses a browser that starts, and installs nothing", async () => {
    const m = machine({ files: ["/usr/bin/chromium"], starts: (p) => (p === "/usr/bin/chromium" ? true : "no") });
    expect(await ensureChromium(m.facts)).toBeUndefined();
    expect(m.installed).toEqual([]);
  });

  it("a CHROMIUM_PATH that names nothing: one line, nothing installed", async () => {
    const m = machine({ env: { CHROMIUM_PATH: "/nope/chrome" }, root: true, debian: true, installs: true });
    const line = await ensureChromium(m.facts);
    expect(line).toMatch(/^The browser tests cannot run: CHROMIUM_PATH=\/nope\/chrome does not exist\. Install one: .*apt-get install chromium.*npx playwright install chromium.*CHROMIUM_PATH/);
    expect(line).not.toContain("\n");
    expect(m.installed).toEqual([]);
  });

  it("a browser that is there but does not start is reported as it is", async () => {
    const m = machine({ files: ["/usr/bin/chromium"], starts: () => "missing libnss3.so", root: true, debian: true, installs: true });
    expect(await ensureChromium(m.facts)).toMatch(/\/usr\/bin\/chromium does not start \(missing libnss3\.so\)/);
    expect(m.installed).toEqual([]);
  });

  it("none: as root on Debian, installs Debian's chromium and goes on", async () => {
    const m = machine({ root: true, debian: true, installs: true, starts: (p) => (p === "/usr/bin/chromium" ? true : "not installed") });
    expect(await ensureChromium(m.facts)).toBeUndefined();
    expect(m.installed).toEqual(["apt"]);
    expect(m.said).toEqual(["No Chromium for the browser tests: installing Debian's chromium (apt-get install chromium)…"]);
  });

  it("none, and no root: tries Playwright's download; when that fails, one line saying what to install", async () => {
    const m = machine({ root: false, debian: true, installs: "getaddrinfo ENOTFOUND cdn.playwright.dev" });
    const line = await ensureChromium(m.facts);
    expect(m.installed).toEqual(["playwright"]);
    expect(line).toMatch(/no Chromium was found \(.*Playwright's own\) and installing Playwright's Chromium \(npx playwright install chromium\) failed \(getaddrinfo ENOTFOUND cdn\.playwright\.dev\)\. Install one:/);
    expect(line).not.toContain("\n");
  });

  it("Playwright's own browser, already downloaded, is enough", async () => {
    const m = machine({ starts: (p) => (p === undefined ? true : "no") });
    expect(await ensureChromium(m.facts)).toBeUndefined();
    expect(m.installed).toEqual([]);
  });
});
