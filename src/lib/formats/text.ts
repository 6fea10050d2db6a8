/** The statement as plain text (/statements/<slug>.txt): a header, then "[1] …" paragraphs, one to a line. */
import type { StatementData } from '../model/statement/statement.ts';
import { SITE_NAME } from '../model/edition.ts';
import { siteUrls, type SiteInfo } from '../routing/routes.ts';
import { correctionLines, headerFields, withFurniture } from './download-header.ts';

export function statementText(s: StatementData, site: SiteInfo): string {
  const urls = siteUrls(site);
  const lines = [
    s.meta.title,
    '='.repeat(s.meta.title.length),
    '',
    ...headerFields(s, urls).map(([k, v]) => `${k}: ${v}`),
    '',
    `Paragraph numbers are the edition’s. Paragraph N is at ${urls.statement(s.slug)}#pN, its sentence M at #pN-sM.`,
    '',
    ...s.paragraphs.flatMap((p) => [`[${p.n}] ${withFurniture(p)}`, '']),
  ];
  const corr = correctionLines(s);
  if (corr.length) lines.push('Editorial corrections', ...corr, '');
  lines.push(`From ${SITE_NAME}, an annotated edition: ${urls.home}`);
  return `${lines.join('\n')}\n`;
}
