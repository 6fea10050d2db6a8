/** The summary of a compiled statement that listings and entity pages need (see ./statement.ts). */
import type { CompiledStatement, StatementSummary } from './statement.ts';
import { paragraphsByEntity } from '../glossary/mentions.ts';

export function summarise(s: CompiledStatement, cache: string): StatementSummary {
  const { meta } = s;
  return {
    slug: s.slug,
    file: s.file,
    title: meta.title,
    year: meta.year,
    country: meta.country ?? '',
    speaker: meta.speaker.name,
    ...(meta.speaker.entity ? { speakerEntity: meta.speaker.entity } : {}),
    body: meta.body,
    featured: meta.featured,
    meeting: {
      ...(meta.meeting.record ? { record: meta.meeting.record } : {}),
      ...(meta.meeting.date ? { date: meta.meeting.date } : {}),
      ...(meta.meeting.speech ? { speech: meta.meeting.speech } : {}),
      status: meta.meeting.status,
    },
    paragraphs: s.paragraphs.length,
    mentions: s.mentions.length,
    named: [...paragraphsByEntity(s.mentions)],
    cache,
  };
}

/** The compile cache's file of a statement's rendered citations (src/lib/formats/citations.ts), beside its compiled text. */
export const citationCachePath = (cache: string) => cache.replace(/\.json$/, '.cite.json');
