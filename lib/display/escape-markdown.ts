/** Characters that would change the meaning of text inside a Markdown table cell. */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+!|<>~]/g;

/**
 * Escapes text for a Markdown table cell: Markdown punctuation and the pipe
 * are backslash-escaped, "<" and ">" too (no raw HTML), line breaks become spaces.
 *
 * @example escapeMarkdownCell("a | b *c*") // => "a \\| b \\*c\\*"
 */
export function escapeMarkdownCell(text: string): string {
  return text.replace(/\r\n|\r|\n/g, " ").replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
}
