/**
 * The statement as Markdown (/statements/<slug>.md): a header list, then each
 * paragraph starting with an anchor `<a id="pN">` and "¶ N" linking its
 * permanent URL; mentions link to their glossary entries.
 */
import type { Mention, ParagraphData, StatementData } from '../model/statement/statement.ts';
import { SITE_NAME } from '../model/edition.ts';
import { siteUrls, type SiteInfo, type SiteUrls } from '../routing/routes.ts';
import { correctionLines, furnitureLines, headerFields } from './download-header.ts';

/**
 * Escapes Markdown syntax in running text (backslash escapes are valid for any
 * ASCII punctuation). An `&` that would open a character reference (`&amp;`,
 * `&#60;`) is escaped too, so the text reads as the record's characters, never
 * as HTML entities.
 */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_[\]<>$|]/g, '\\$&').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

/** A paragraph's text with each mention linked to its glossary entry. */
function linkedParagraph(p: ParagraphData, mentions: Mention[], urls: SiteUrls): string {
  let out = '';
  let at = 0;
  for (const m of mentions.filter((x) => x.paragraph === p.n).sort((a, b) => a.start - b.start)) {
    if (m.start < at) continue; // overlapping mentions do not occur; be safe
    out += escapeMarkdown(p.text.slice(at, m.start));
    out += `[${escapeMarkdown(p.text.slice(m.start, m.end))}](${urls.entity(m.entity)})`;
    at = m.end;
  }
  return out + escapeMarkdown(p.text.slice(at));
}

export function statementMarkdown(s: StatementData, site: SiteInfo): string {
  const urls = siteUrls(site);
  const lines = [
    `# ${escapeMarkdown(s.meta.title)}`,
    '',
    ...headerFields(s, urls).map(([k, v]) => `- **${k}:** ${k === 'Permanent URL' ? `<${v}>` : escapeMarkdown(v)}`),
    '',
    `Paragraph numbers are the edition’s; each links to the paragraph’s permanent URL. Linked words lead to the [glossary](${urls.glossary}).`,
    '',
    '## Text',
    '',
    ...s.paragraphs.flatMap((p) => [`<a id="${p.id}"></a>[¶ ${p.n}](${urls.paragraph(s.slug, p.n)}) ${linkedParagraph(p, s.mentions, urls)}`, '']),
  ];
  const corr = correctionLines(s);
  if (corr.length) lines.push('## Editorial corrections', '', ...corr.map((c) => `- ${escapeMarkdown(c)}`), '');
  const furniture = s.paragraphs.flatMap(furnitureLines);
  if (furniture.length) lines.push('## The record’s page furniture', '', ...furniture.map((c) => `- ${escapeMarkdown(c)}`), '');
  lines.push(`From [${SITE_NAME}](${urls.home}), an annotated edition.`);
  return `${lines.join('\n')}\n`;
}
