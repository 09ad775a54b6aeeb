/**
 * Markdown from the workspace folder, rendered safely (react-markdown + GFM): raw HTML is dropped,
 * a link is clickable only when the shared link rule allows it (https to a host the workspace names,
 * mailto:, tel:) — any other shows as plain text with its URL visible — and an image shows only
 * when main read it from the workspace folder (`images`), else its alt text.
 */
import type { ReactNode } from "react";
import Markdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import { linkKind } from "../../shared/domain/link-policy";
import { parseUrl } from "./parse-url";

/** What the Markdown may reach: the hosts the workspace names, and the images main read (by src). */
export interface MarkdownReach {
  hosts: readonly string[];
  images: Readonly<Record<string, string>>;
}

/** The text of a link's children, to tell whether it already shows its URL. */
function textOf(children: ReactNode): string {
  if (typeof children === "string" || typeof children === "number") return String(children);
  if (Array.isArray(children)) return children.map(textOf).join("");
  return "";
}

function components(reach: MarkdownReach, inline: boolean): Components {
  return {
    a: ({ href = "", children }) => {
      const kind = linkKind(href, reach.hosts, parseUrl);
      if (kind === "web") {
        return (
          <a href={href} target="_blank" rel="noreferrer noopener">
            {children}
          </a>
        );
      }
      if (kind === "contact") return <a href={href}>{children}</a>;
      return (
        <span className="md-link-text" data-link-refused={href}>
          {children}
          {textOf(children) !== href && (
            <>
              {" "}
              (<code>{href || "no address"}</code>)
            </>
          )}
        </span>
      );
    },
    img: ({ src, alt }) => {
      const data = typeof src === "string" ? reach.images[src] : undefined;
      if (data) return <img src={data} alt={alt ?? ""} className="md-image" />;
      return <span className="md-image-alt">[image{alt ? `: ${alt}` : ""}]</span>;
    },
    ...(inline ? { p: ({ children }) => <>{children}</> } : {}),
  };
}

// Every URL reaches the page only through the `a` and `img` components above, which apply the rule
// themselves; so URLs pass unchanged (the default transform would blank a `javascript:` link that
// must instead show as text).
const keepUrl = (url: string) => url;

/** Renders `markdown`; `inline` for one line (a checklist step) without a paragraph around it. */
export function WorkspaceMarkdown({ markdown, reach, inline = false }: { markdown: string; reach: MarkdownReach; inline?: boolean }) {
  return (
    <Markdown remarkPlugins={[remarkGfm]} skipHtml urlTransform={keepUrl} components={components(reach, inline)}>
      {markdown}
    </Markdown>
  );
}
