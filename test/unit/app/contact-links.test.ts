import { describe, expect, it } from "vitest";
import { allowContactLinks, anyLinkPolicy } from "../../../main/app/contact-links";
import { allowHttpsHosts } from "../../../main/app/external-links";

describe("contact links", () => {
  it("allow mailto: and tel: links (the escalation's one click) and nothing else", () => {
    expect(allowContactLinks("mailto:sarah.kim@example.com?subject=help&body=x")).toBe(true);
    expect(allowContactLinks("tel:+15550100")).toBe(true);
    expect(allowContactLinks("MAILTO:a@b.c")).toBe(true);
    for (const url of ["https://example.com", "http://127.0.0.1:8080/", "file:///etc/passwd", "javascript:alert(1)", "mailto://evil.example/", "tel:", "sms:+1555"]) {
      expect(allowContactLinks(url), url).toBe(false);
    }
  });

  it("join another policy: what either allows passes, the rest stays refused", () => {
    const policy = anyLinkPolicy(allowHttpsHosts(() => ["airflow.example.com"]), allowContactLinks);
    expect(policy("https://airflow.example.com/dags/x")).toBe(true);
    expect(policy("tel:+15550100")).toBe(true);
    expect(policy("https://evil.example/")).toBe(false);
    expect(policy("file:///etc/passwd")).toBe(false);
  });
});
