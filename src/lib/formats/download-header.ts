/**
 * The header lines the text and Markdown downloads share (speaker, body,
 * meeting, language, permanent URL, citation) and their corrections list, so
 * the two downloads cannot describe a statement differently.
 */
import type { StatementMeta } from '../model/schemas/statement.ts';
import type { ParagraphData, StatementData } from '../model/statement/statement.ts';
import { citations } from '../citation/citations.ts';
import { formatDate } from '../model/dates.ts';
import type { SiteUrls } from '../routing/routes.ts';

/** "S/PV.7316 (probable), 19 November 2014 (probable)": the meeting line of the downloads. */
function meetingLine(meta: StatementMeta): string {
  const { record, date, status } = meta.meeting;
  const mark = status === 'probable' ? ' (probable)' : '';
  const known = status === 'unknown' ? [`${meta.year}`] : [record && `record ${record}${mark}`, date ? `${formatDate(date)}${mark}` : `${meta.year}`];
  const how = { confirmed: 'identification confirmed', probable: 'identification probable', unknown: 'record and date not identified' }[status];
  return `${meta.meeting.description}; ${known.filter(Boolean).join(', ')} (${how})`;
}

/** The header lines shared by the text and Markdown downloads, as [label, value]. */
export function headerFields(s: StatementData, urls: SiteUrls): [string, string][] {
  const m = s.meta;
  return [
    ['Speaker', `${[m.country ? `${m.speaker.name} (${m.country})` : m.speaker.name, m.speaker.role].filter(Boolean).join(', ')}; the record prints “${m.speaker.label}”`],
    ['Body', m.body],
    ['Meeting', meetingLine(m)],
    ['Language', `${new Intl.DisplayNames(['en'], { type: 'language' }).of(m.language) ?? m.language}${m.languageNote ? `. ${m.languageNote}` : ''}`],
    ['Permanent URL', urls.statement(s.slug)],
    ['Cite as', citations({ meta: m, slug: s.slug, url: urls.statement(s.slug) }).plain],
  ];
}

export function correctionLines(s: StatementData): string[] {
  return s.corrections.map((c) => `¶ ${c.paragraph}: the record reads “${c.sic}”; this edition prints “${c.corr}”.`);
}

/**
 * A paragraph's text for the downloads, saying where the record's page
 * furniture stood (the edition leaves it out of the text): "[record: running
 * head “16/01/2020 … S/PV.8704”]".
 */
export function withFurniture(p: Pick<ParagraphData, 'text' | 'furniture'>, text = p.text, at = (i: number) => i): string {
  let out = text;
  for (const f of [...(p.furniture ?? [])].reverse()) {
    const k = at(f.at);
    out = `${out.slice(0, k).trimEnd()} [record’s page furniture: “${f.text}”] ${out.slice(k).trimStart()}`.trim();
  }
  return out;
}

/** Where each piece of furniture of a paragraph stood, in words: after “…the words before it”. */
export function furnitureLines(p: Pick<ParagraphData, 'n' | 'text' | 'furniture'>): string[] {
  return (p.furniture ?? []).map((f) => {
    const before = p.text.slice(0, f.at).trim().split(/\s+/).slice(-6).join(' ');
    return `¶ ${p.n}: the record prints its page furniture “${f.text}” ${before ? `after “…${before}”` : 'at the start'}; the edition leaves it out of the text.`;
  });
}
