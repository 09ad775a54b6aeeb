import { describe, expect, it } from "vitest";
import { isContactLink, isHttpsToHosts, linkKind, workspaceLinkHosts } from "../../../shared/domain/link-policy";
import { allowWorkspaceLinks, parseUrl } from "../../../main/app/external-links";
import type { WorkspaceResult } from "../../../shared/domain/workspace";
import type { SourceConfig } from "../../../shared/domain/workspace-schema";

const SOURCES: SourceConfig[] = [
  { id: "demo", kind: "demo" },
  { id: "af", kind: "airflow", url: "https://airflow.example.com/airflow/", api: "v1" },
  { id: "spark", kind: "spark-history", url: "http://spark.internal:18080" },
];

describe("the shared link rule", () => {
  it("names the sources' hosts and the listed hosts, lower-cased, once each", () => {
    expect(workspaceLinkHosts({ sources: SOURCES, link_hosts: ["wiki.example.com", "airflow.example.com"] }, parseUrl)).toEqual(["airflow.example.com", "spark.internal", "wiki.example.com"]);
    expect(workspaceLinkHosts({ sources: [{ id: "demo", kind: "demo" }] }, parseUrl)).toEqual([]);
  });

  it("makes https links to a named host clickable, and nothing else but mailto: and tel:", () => {
    const hosts = ["airflow.example.com", "wiki.example.com"];
    expect(linkKind("https://wiki.example.com/runbooks/profit", hosts, parseUrl)).toBe("web");
    expect(linkKind("https://airflow.example.com/dags/x/grid", hosts, parseUrl)).toBe("web");
    expect(linkKind("mailto:alex.chen@example.com", hosts, parseUrl)).toBe("contact");
    expect(linkKind("tel:+1-555-0101", hosts, parseUrl)).toBe("contact");
    expect(linkKind("TEL:+15550101", hosts, parseUrl)).toBe("contact");
    for (const refused of [
      "http://wiki.example.com/",
      "https://evil.example/",
      "https://wiki.example.com.evil.example/",
      "https://user:pw@wiki.example.com/",
      "https://wiki.example.com@evil.example/",
      "javascript:alert(1)",
      "data:text/html,<b>x</b>",
      "file:///etc/passwd",
      "../workspace.yaml",
      "#overview",
      "mailto:",
      "tel://evil.example",
      "",
    ]) {
      expect(linkKind(refused, hosts, parseUrl), refused).toBe("text");
    }
  });

  it("refuses a link with credentials even to a named host", () => {
    expect(isHttpsToHosts(parseUrl("https://me@wiki.example.com/"), ["wiki.example.com"])).toBe(false);
    expect(isHttpsToHosts(undefined, ["wiki.example.com"])).toBe(false);
    expect(isContactLink(" mailto:sarah@example.com")).toBe(true);
  });
});

describe("allowWorkspaceLinks (what main opens)", () => {
  const result = (link_hosts?: string[]) => ({ ok: true, workspace: { sources: SOURCES, link_hosts } }) as unknown as WorkspaceResult;

  it("opens the listed hosts and the sources over https, an http source at exactly its origin, and mailto:/tel:", () => {
    let current: WorkspaceResult | undefined = result(["wiki.example.com"]);
    const allow = allowWorkspaceLinks(() => current);
    expect(allow("https://wiki.example.com/page")).toBe(true);
    expect(allow("https://airflow.example.com/dags")).toBe(true);
    expect(allow("http://spark.internal:18080/history/app-1/")).toBe(true);
    expect(allow("http://wiki.example.com/page")).toBe(false);
    expect(allow("mailto:eng-manager@example.com")).toBe(true);
    expect(allow("tel:+1-555-0100")).toBe(true);
    expect(allow("https://evil.example/")).toBe(false);
    // Read at click time: a reload that drops the host closes it; a broken workspace opens only mailto:/tel:.
    current = result();
    expect(allow("https://wiki.example.com/page")).toBe(false);
    current = { ok: false, problems: [] };
    expect(allow("https://airflow.example.com/dags")).toBe(false);
    expect(allow("tel:+1-555-0100")).toBe(true);
  });
});
