/**
 * A small, strict detector of executable markup in HTML or SVG produced by
 * the lib's output builders. Escaped text can never form a tag (it has no raw
 * "<"), so every tag the scan finds was written by a builder; the scan flags
 * script-capable elements, event-handler attributes and script URLs.
 * Deliberately stricter than a browser needs (a false alarm is a test to look
 * at, a miss is an XSS).
 */

/** Strings a hostile data file could hold in a label, response text or column name. */
export const HOSTILE_STRINGS = [
  "<img src=x onerror=alert(1)>",
  "</script><script>alert(1)</script>",
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)></iframe>",
  "javascript:alert(1)",
  "[x](javascript:alert(1))",
  '<a href="javascript:alert(1)">click</a>',
  "<!-- unclosed comment",
  "]]><script>alert(1)</script>",
  "<style>*{background:url(javascript:alert(1))}</style>",
  "&lt;img src=x onerror=alert(1)&gt;",
  "<details open ontoggle=alert(1)>",
] as const;

/** Elements that run script, load active content or re-target the page. */
const FORBIDDEN_ELEMENTS = new Set(["script", "iframe", "frame", "object", "embed", "applet", "base", "form", "foreignobject", "meta", "style", "template", "math"]);
/** Attributes holding URLs. */
const URL_ATTRIBUTES = new Set(["href", "src", "xlink:href", "action", "formaction", "poster", "data", "background"]);

/** Options of {@link executableMarkup}: what a builder may legitimately emit. */
export interface MarkupAllowance {
  /** `<script type="application/json">` data islands (the report's Plotly specs). */
  readonly jsonScripts?: boolean;
  /** `<script src>` of these exact paths (the report's own assets). */
  readonly scriptSources?: readonly string[];
  /** `<meta>` and `<style>` in a page head. */
  readonly pageHead?: boolean;
}

const shorten = (tag: string): string => (tag.length > 160 ? `${tag.slice(0, 160)}…` : tag);

const TAG = /<\/?([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s=>/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_m, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_m, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&(quot|apos|lt|gt|amp|colon|tab|newline);/gi, (_m, name: string) => ({ quot: '"', apos: "'", lt: "<", gt: ">", amp: "&", colon: ":", tab: "\t", newline: "\n" })[name.toLowerCase()] ?? "");
}

/**
 * True for a URL that would run script, after entity decoding and whitespace
 * removal: javascript:/vbscript: anywhere, an HTML data: URL anywhere, and an
 * SVG data: URL outside `<img src>` (an SVG shown by an img never runs script).
 */
export function isScriptUrl(url: string, inImgSrc = false): boolean {
  const compact = decodeEntities(url).replace(/[\u0000-\u0020]/g, "").toLowerCase();
  if (/^(javascript|vbscript|livescript):/.test(compact) || /^data:(text\/html|application\/xhtml)/.test(compact)) return true;
  return !inImgSrc && compact.startsWith("data:image/svg+xml");
}

/**
 * Every problem found in `markup`: a forbidden element, an `on*` attribute, a
 * script URL, or an open comment/CDATA section that could swallow the page.
 * An empty list means no executable markup.
 */
export function executableMarkup(markup: string, allow: MarkupAllowance = {}): string[] {
  const problems: string[] = [];
  for (const match of markup.matchAll(TAG)) {
    const [tag, rawName, rawAttributes] = match;
    const name = rawName.toLowerCase();
    const attributes = new Map<string, string>();
    for (const attribute of (rawAttributes ?? "").matchAll(ATTRIBUTE)) {
      const value = attribute[2] ?? "";
      attributes.set(attribute[1].toLowerCase(), value.replace(/^["']|["']$/g, ""));
    }
    if (tag.startsWith("</")) continue;
    const isJsonIsland = name === "script" && allow.jsonScripts === true && attributes.get("type") === "application/json" && !attributes.has("src");
    const isOwnScript = name === "script" && attributes.size === 1 && (allow.scriptSources ?? []).includes(attributes.get("src") ?? "");
    const isHead = allow.pageHead === true && (name === "meta" || name === "style") && ![...attributes.keys()].some((key) => key === "http-equiv");
    if (FORBIDDEN_ELEMENTS.has(name) && !isJsonIsland && !isOwnScript && !isHead) problems.push(`element <${name}>: ${shorten(tag)}`);
    for (const [key, value] of attributes) {
      if (key.startsWith("on")) problems.push(`event handler ${key}: ${shorten(tag)}`);
      if (URL_ATTRIBUTES.has(key) && isScriptUrl(value, name === "img" && key === "src")) problems.push(`script URL in ${key}: ${shorten(tag)}`);
      if (key === "style" && /expression\(|javascript:/i.test(decodeEntities(value))) problems.push(`script in style: ${shorten(tag)}`);
    }
  }
  if (/<!--(?![\s\S]*?-->)/.test(markup)) problems.push("an unclosed HTML comment");
  return problems;
}
