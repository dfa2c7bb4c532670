const HTML_ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes text for HTML and XML (SVG) element content and quoted attribute
 * values: & < > " ' become entities, so a label read from a data file, such
 * as `<img src=x onerror=alert(1)>`, shows as text and never runs.
 * Reference: OWASP Cross-Site Scripting Prevention Cheat Sheet, rule 1.
 *
 * @example escapeHtml('<b>"A&B"</b>') // => "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;"
 */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]);
}
