/**
 * The edition's tables as data tools (R, pandas, spreadsheets) see them: each
 * table's columns with their Table Schema types, keys and descriptions. The
 * row builders (tables.ts) fill them, csv.ts writes them, datapackage.ts
 * describes them (Frictionless Data Package), src/pages/data/ publishes them.
 */
import { BEST_RATING, verdictIds, WORST_RATING } from '../claims/ledger.ts';
import { paths } from '../routing/routes.ts';

export type FieldType = 'string' | 'integer' | 'boolean';

export interface Field {
  name: string;
  type: FieldType;
  description: string;
  required?: boolean;
  /** A regular expression the values match (Table Schema `constraints.pattern`). */
  pattern?: string;
}

export interface Table {
  name: string;
  title: string;
  description: string;
  fields: Field[];
  primaryKey: string[];
  foreignKeys: { fields: string[]; reference: { resource: string; fields: string[] } }[];
}

const f = (name: string, type: FieldType, description: string, extra: Partial<Field> = {}): Field => ({ name, type, description, ...extra });
const req = { required: true };
const PARTIAL_DATE = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';

export const TABLES: Table[] = [
  {
    name: 'statements',
    title: 'Statements',
    description: 'One row per statement: speaker, body, meeting and how sure its identification is.',
    fields: [
      f('statement', 'string', `Short name of the statement (its address: /${paths.statement('<statement>')}).`, req),
      f('title', 'string', 'Title of the statement.', req),
      f('speaker', 'string', 'Name of the speaker.', req),
      f('speaker_role', 'string', 'Office held, when known.'),
      f('country', 'string', 'State or organisation represented, as the record’s label gives it.'),
      f('body', 'string', 'The body addressed.', req),
      f('meeting', 'string', 'What the meeting was, as far as it is known.', req),
      f('record', 'string', 'Record symbol (e.g. S/PV.7316); read it with meeting_status.'),
      f('date', 'string', 'Date of the meeting, YYYY, YYYY-MM or YYYY-MM-DD; read it with meeting_status.', { pattern: PARTIAL_DATE }),
      f('meeting_status', 'string', 'confirmed, probable or unknown: how sure the identification of record and date is.', { ...req, pattern: '^(confirmed|probable|unknown)$' }),
      f('year', 'integer', 'Year of the statement, as far as it is known.', req),
      f('language', 'string', 'Language of the text (ISO 639-1).', req),
      f('url', 'string', 'Permanent address of the statement’s page.', req),
    ],
    primaryKey: ['statement'],
    foreignKeys: [],
  },
  {
    name: 'paragraphs',
    title: 'Paragraphs',
    description: 'The text, one row per paragraph, numbered as on the page (the edition’s numbers).',
    fields: [
      f('statement', 'string', 'The statement (statements.statement).', req),
      f('paragraph', 'integer', 'Paragraph number, 1, 2, …', req),
      f('text', 'string', 'Text of the paragraph as the edition prints it (corrections applied).', req),
      f('url', 'string', 'Permanent address of the paragraph (…/#pN).', req),
    ],
    primaryKey: ['statement', 'paragraph'],
    foreignKeys: [{ fields: ['statement'], reference: { resource: 'statements', fields: ['statement'] } }],
  },
  {
    name: 'mentions',
    title: 'Mentions',
    description: 'Every place the text names a glossary entry: the words, and their offsets in the paragraph’s text.',
    fields: [
      f('statement', 'string', 'The statement.', req),
      f('paragraph', 'integer', 'The paragraph (paragraphs.paragraph).', req),
      f('start', 'integer', 'Offset of the first character in the paragraph’s text (0-based, UTF-16 code units, as JavaScript counts).', req),
      f('end', 'integer', 'Offset just after the last character: text = paragraph text [start, end).', req),
      f('text', 'string', 'The words named.', req),
      f('entity', 'string', 'The glossary entry (entities.entity).', req),
      f('nested', 'string', 'Other glossary entries whose names stand inside these words, separated by " | ".'),
      f('explicit', 'boolean', 'True when the editors marked it by hand rather than by the glossary’s names.', req),
      f('probable', 'boolean', 'True when the identification is the editors’ inference.', req),
    ],
    primaryKey: ['statement', 'paragraph', 'start', 'end', 'entity'],
    foreignKeys: [
      { fields: ['statement', 'paragraph'], reference: { resource: 'paragraphs', fields: ['statement', 'paragraph'] } },
      { fields: ['entity'], reference: { resource: 'entities', fields: ['entity'] } },
    ],
  },
  {
    name: 'entities',
    title: 'Glossary entries',
    description: 'The organisations, instruments, programmes, people, places and events the statements name.',
    fields: [
      f('entity', 'string', `Short name of the entry (its address: /${paths.entity('<entity>')}).`, req),
      f('name', 'string', 'Name used as heading.', req),
      f('official_name', 'string', 'Full official name, where it differs.'),
      f('type', 'string', 'organisation, treaty, programme, person, place or event.', { ...req, pattern: '^(organisation|treaty|programme|person|place|event)$' }),
      f('acronyms', 'string', 'Acronyms, separated by " | ".'),
      f('definition', 'string', 'One-line definition.', req),
      f('part_of', 'string', 'The entry this one belongs to (entities.entity).'),
      f('context', 'boolean', 'True for an entry kept for context that the text itself never names.', req),
      f('url', 'string', 'Address of the entry’s page.', req),
    ],
    primaryKey: ['entity'],
    foreignKeys: [{ fields: ['part_of'], reference: { resource: 'entities', fields: ['entity'] } }],
  },
  {
    name: 'sources',
    title: 'Sources',
    description: 'The official sources of each glossary entry.',
    fields: [
      f('entity', 'string', 'The entry (entities.entity).', req),
      f('source', 'string', 'Short name of the source within the entry.', req),
      f('title', 'string', 'Title of the source.', req),
      f('publisher', 'string', 'Who publishes it.', req),
      f('url', 'string', 'Its official address.', req),
      f('status', 'string', 'How the address is known: seen, seen-named, seen-mirror or canonical (see the data page).', { ...req, pattern: '^(seen|seen-named|seen-mirror|canonical)$' }),
      f('language', 'string', 'Language of the page when not English.'),
    ],
    primaryKey: ['entity', 'source'],
    foreignKeys: [{ fields: ['entity'], reference: { resource: 'entities', fields: ['entity'] } }],
  },
  {
    name: 'facts',
    title: 'Facts',
    description: 'The checked facts of each glossary entry, in the editors’ words.',
    fields: [
      f('entity', 'string', 'The entry (entities.entity).', req),
      f('fact', 'integer', 'Number of the fact within the entry, 1, 2, …', req),
      f('label', 'string', 'What the fact is about.', req),
      f('text', 'string', 'The fact.', req),
      f('date', 'string', 'When it happened or holds from: YYYY, YYYY-MM or YYYY-MM-DD.', { pattern: PARTIAL_DATE }),
      f('as_of', 'string', 'For figures that change: the date the figure is true for.', { pattern: PARTIAL_DATE }),
    ],
    primaryKey: ['entity', 'fact'],
    foreignKeys: [{ fields: ['entity'], reference: { resource: 'entities', fields: ['entity'] } }],
  },
  {
    name: 'fact_sources',
    title: 'Sources of facts',
    description: 'Which sources support each fact: one row per fact and source.',
    fields: [
      f('entity', 'string', 'The entry.', req),
      f('fact', 'integer', 'The fact (facts.fact).', req),
      f('source', 'string', 'The source (sources.source).', req),
    ],
    primaryKey: ['entity', 'fact', 'source'],
    foreignKeys: [
      { fields: ['entity', 'fact'], reference: { resource: 'facts', fields: ['entity', 'fact'] } },
      { fields: ['entity', 'source'], reference: { resource: 'sources', fields: ['entity', 'source'] } },
    ],
  },
  {
    name: 'notes',
    title: 'Editors’ notes',
    description: 'The editors’ notes on what the statements claim: what official sources say and what is uncertain.',
    fields: [
      f('statement', 'string', 'The statement.', req),
      f('note', 'string', 'Short name of the note.', req),
      f('paragraph', 'integer', 'The paragraph the note concerns.', req),
      f('quote', 'string', 'The words of that paragraph the note is about.', req),
      f('title', 'string', 'Title of the note.', req),
      f('text', 'string', 'The note, in the editors’ voice.', req),
      f('entities', 'string', 'Glossary entries the note concerns, separated by " | ".'),
      f('sources', 'string', 'Addresses of its sources, separated by " | ".', req),
      f('url', 'string', 'Address of the note on the notes page.', req),
    ],
    primaryKey: ['statement', 'note'],
    foreignKeys: [{ fields: ['statement', 'paragraph'], reference: { resource: 'paragraphs', fields: ['statement', 'paragraph'] } }],
  },
  {
    name: 'claims',
    title: 'Claims',
    description: 'The claims ledger: each checkable factual claim of a statement, in the speaker’s words, with the editors’ verdict and why.',
    fields: [
      f('statement', 'string', 'The statement.', req),
      f('claim', 'string', 'Short name of the claim.', req),
      f('paragraph', 'integer', 'The paragraph the claim stands in.', req),
      f('quote', 'string', 'The speaker’s words that make the claim, as printed in the paragraph.', req),
      f('restated', 'string', 'The claim in plain words: what was checked.', req),
      f('verdict', 'string', 'The verdict on the ledger’s scale (see the claims page).', {
        ...req,
        pattern: `^(${verdictIds.join('|')})$`,
      }),
      f('verdict_label', 'string', 'The verdict as the page prints it.', req),
      f('rating', 'integer', `The verdict as a number, ${BEST_RATING} (confirmed) to ${WORST_RATING} (contradicted by the sources).`, req),
      f('why', 'string', 'Why, in the editors’ words.', req),
      f('change', 'string', 'What evidence would change the verdict.', req),
      f('notes', 'string', 'Short names of the editors’ notes on the same point (notes.note), separated by " | ".'),
      f('sources', 'string', 'Addresses of the sources checked, separated by " | ".', req),
      f('url', 'string', 'Address of the claim on the claims page.', req),
    ],
    primaryKey: ['statement', 'claim'],
    foreignKeys: [{ fields: ['statement', 'paragraph'], reference: { resource: 'paragraphs', fields: ['statement', 'paragraph'] } }],
  },
];

export type TableName = 'statements' | 'paragraphs' | 'mentions' | 'entities' | 'sources' | 'facts' | 'fact_sources' | 'notes' | 'claims';
export const table = (name: TableName): Table => TABLES.find((t) => t.name === name)!;
export const columns = (name: TableName) => table(name).fields.map((x) => x.name);
