import { Marked, Tokens } from "marked";
import { escapeHtml } from "../display/escape-html";

/** URL schemes a link in the report may use; anything else renders as plain text. */
const SAFE_LINK = /^(https?:|mailto:|#|\.{0,2}\/|[\w.-]+(?:[/#?]|$))/i;
/** Image sources the report may load: relative paths and inline data only (the report works offline). */
const LOCAL_IMAGE = /^(data:image\/(png|jpeg|gif|svg\+xml);|\.{0,2}\/|[\w.-]+(?:[/#?]|$))/i;

/** Where a piece of Markdown comes from, which decides whether raw HTML inside it is kept. */
export type MarkdownSource = "authored" | "output";

function markedFor(source: MarkdownSource): Marked {
  const marked = new Marked({ async: false, gfm: true });
  marked.use({
    renderer: {
      html(token: Tokens.HTML | Tokens.Tag): string {
        return source === "authored" ? token.text : escapeHtml(token.text);
      },
      link(token: Tokens.Link): string {
        const text = this.parser.parseInline(token.tokens);
        if (!SAFE_LINK.test(token.href) || /^javascript:/i.test(token.href)) return text;
        const title = token.title ? ` title="${escapeHtml(token.title)}"` : "";
        return `<a href="${escapeHtml(token.href)}"${title}>${text}</a>`;
      },
      image(token: Tokens.Image): string {
        if (!LOCAL_IMAGE.test(token.href)) return `<span class="blocked-image">[image not embedded: ${escapeHtml(token.text || token.href)}]</span>`;
        return `<img src="${escapeHtml(token.href)}" alt="${escapeHtml(token.text)}">`;
      },
    },
  });
  return marked;
}

const renderers: Record<MarkdownSource, Marked> = { authored: markedFor("authored"), output: markedFor("output") };

/**
 * Markdown → HTML with marked (GitHub-flavoured). For `"authored"` Markdown
 * (the notebooks' own cells) raw HTML is kept; for `"output"` Markdown
 * (text/markdown outputs, which carry data-derived text) raw HTML is shown
 * escaped. In both, links other than http(s), mailto, fragments and relative
 * paths (e.g. `javascript:`) render as their text, and images that are not
 * relative or inline data are replaced by a note, so a page never loads
 * anything from the network.
 *
 * @example renderMarkdown("**Step 1** <b>x</b>", "output") // => "<p><strong>Step 1</strong> &lt;b&gt;x&lt;/b&gt;</p>\n"
 */
export function renderMarkdown(markdown: string, source: MarkdownSource): string {
  return renderers[source].parse(markdown, { async: false }) as string;
}
