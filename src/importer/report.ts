/** The importer's report, as printed: one block per statement, then one line per failure. */
import type { ImportResult, Report } from './import.ts';
import type { Found } from './names/names-found.ts';
import { formatTextMarks } from './text/text-marks.ts';

const list = (found: Found[]) => found.map((f) => `${f.name} ¶${f.paragraphs.join(' ¶')}`).join(' · ');

export function formatReport(r: Report, dryRun = false): string {
  const m = r.meta.meeting;
  const out: string[] = [];
  const verb = dryRun ? 'would write' : r.replaced ? 'replaced' : 'wrote';
  // Tell what was written: after an interruption, some or all files may already be on disk, identical.
  const what = dryRun || r.written.length === 2 + Number(r.fixity === 'added') ? `${verb}, with ${r.source}` : r.written.length === 0 ? 'already imported, identical: nothing written' : `${verb} ${r.written.join(', ')}; the rest was on disk, identical`;
  out.push(`✓ ${r.statement} (${what})`);
  const who = [`name ${r.speaker.name}`, r.speaker.country ? `country or body ${r.speaker.country}` : 'no country or body in the label', r.speaker.spokeIn ? `spoke in ${r.speaker.spokeIn}` : ''].filter(Boolean);
  out.push(`  speaker     ${r.speaker.printed} — ${who.join(', ')}`);
  const meeting = [m.record ?? (m.videoConference ? `${m.corpusMeeting}, held by video conference (no S/PV record)` : 'record unknown'), m.speech ? `speech ${m.speech}` : '', m.date ?? `${r.meta.year}, no date`].filter(Boolean).join(', ');
  out.push(`  meeting     ${meeting}; status ${m.status}${r.meta.provenance ? ` (the corpus’s identification, from the file name${r.meta.corpusMetadata ? ' and its metadata' : ''})` : ''}`);
  const extra = [m.topic && `topic “${m.topic}”`, m.outcome && `outcome ${m.outcome.symbol}`, m.presiding && `presiding ${m.presiding}`, m.speeches && `${m.speeches} speeches`].filter(Boolean);
  if (extra.length) out.push(`  corpus      ${extra.join('; ')}`);
  if (r.meta.corpusMetadata) {
    const c = r.meta.corpusMetadata;
    out.push(`  coded as    ${c.speaker} — ${c.country}, ${c.participantType}${c.councilMember ? ', on the Council' : ''}${c.post ? `, ${c.post}` : ''}`);
  }
  out.push(`  metadata    ${r.metadataRow}`);
  out.push(`  file        ${r.encoding}, ${r.lineEndings} line endings${r.encoding === 'windows-1252' ? ' (decoded; the source is kept byte for byte, recordEncoding stated)' : ''}`);
  out.push(`  text        ${r.paragraphs} paragraph(s), ${r.words} words; the record check passes`);
  out.push(`  linked      ${r.linked.length ? list(r.linked) : 'no glossary entity named'}`);
  out.push(`  candidates  ${r.candidates.length ? list(r.candidates) : 'none'}${r.candidates.length ? '  (not in the glossary)' : ''}`);
  if (r.hyphens.length === 0) out.push('  hyphens     every line-end hyphen decided');
  for (const h of r.hyphens) out.push(`  hyphen      ¶${h.paragraph} "${h.word}" (record line ${h.line}): ${h.hint}`);
  for (const b of r.breaks) {
    out.push(`  lost break? ¶${b.paragraph}: a line ends a sentence short of the margin before "${b.before}" (record line ${b.line}); to restore it, list the phrase under restoredBreaks`);
  }
  out.push(`  sentences   ${r.sentences}, each with an id below its paragraph (#p1-s1…)`, ...formatTextMarks(r.text));
  for (const l of r.long) out.push(`  long        ¶${l.paragraph}: ${l.words} words (median ${l.median}): a lost break?`);
  const fixity = {
    added: `paragraph and sentence ids frozen in content/fixity/${r.slug}.json`,
    kept: `content/fixity/${r.slug}.json already freezes these paragraph and sentence ids`,
    differs: `content/fixity/${r.slug}.json freezes other paragraph texts for this slug: npm test fails until the change is deliberate and the file updated`,
    'not-written': '',
  }[r.fixity];
  if (fixity) out.push(`  fixity      ${fixity}`);
  for (const d of r.disagreements) out.push(`  disagrees   ${d} (the record's words are kept)`);
  for (const w of r.warnings) out.push(`  warning     ${w}`);
  for (const n of r.notes) out.push(`  note        ${n}`);
  return out.join('\n');
}

export function formatResults(results: ImportResult[], dryRun = false): string {
  const ok = results.filter((r) => r.report);
  const failed = results.filter((r) => r.error);
  const blocks = ok.map((r) => formatReport(r.report!, dryRun));
  for (const f of failed) blocks.push(`✗ ${f.file}: ${f.error} (${f.leftOnDisk?.length ? `left on disk, check them: ${f.leftOnDisk.join(', ')}` : 'nothing written'})`);
  blocks.push(dryRun ? `${ok.length} would be imported (dry run: nothing written), ${failed.length} failed.` : `${ok.length} imported, ${failed.length} failed.`);
  return blocks.join('\n\n');
}
