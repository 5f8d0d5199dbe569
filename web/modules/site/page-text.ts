/**
 * The footer pages' text format: a safe subset of Markdown, parsed into blocks that React renders
 * as elements — never as HTML, so whatever an administrator types (`<script>` included) is text.
 * Paragraphs are separated by an empty line; `## ` starts a heading, `- ` a list item, and
 * `[text](https://…)` is a link (https, http, mailto, tel, or a path on this site).
 */
export type Inline = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };
export type Block =
  | { kind: 'heading'; inlines: Inline[] }
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'list'; items: Inline[][] };

const LINK = /\[([^\]\n]+)\]\(([^)\s]+)\)/g;

/** Only addresses that go somewhere safe: no `javascript:`, no `data:`. */
export function safeHref(href: string): string | null {
  if (/^(https?:\/\/|mailto:|tel:)/i.test(href)) return href;
  if (href.startsWith('/') && !href.startsWith('//')) return href;
  return null;
}

export function parseInlines(text: string): Inline[] {
  const inlines: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const href = safeHref(match[2]!);
    if (!href) continue;
    if (match.index > last) inlines.push({ kind: 'text', text: text.slice(last, match.index) });
    inlines.push({ kind: 'link', text: match[1]!, href });
    last = match.index + match[0].length;
  }
  if (last < text.length) inlines.push({ kind: 'text', text: text.slice(last) });
  return inlines;
}

export function parsePageText(body: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: Inline[][] | null = null;
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', inlines: parseInlines(paragraph.join(' ')) });
    if (list) blocks.push({ kind: 'list', items: list });
    paragraph = [];
    list = null;
  };
  for (const raw of body.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '') {
      flush();
    } else if (/^#{1,6}\s+/.test(line)) {
      flush();
      blocks.push({ kind: 'heading', inlines: parseInlines(line.replace(/^#{1,6}\s+/, '')) });
    } else if (/^[-*]\s+/.test(line)) {
      if (paragraph.length > 0) flush();
      list ??= [];
      list.push(parseInlines(line.replace(/^[-*]\s+/, '')));
    } else {
      if (list) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}
