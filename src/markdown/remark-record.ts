/**
 * remark-record: proves that a statement says word for word what its record
 * says, and turns each `<Corr sic="…">…</Corr>` into a visible, marked
 * correction. Any other difference from the record fails the build. The
 * record's page furniture, `<Furniture kind="…">…</Furniture>`, counts as the
 * record's words for the check and leaves the reading text.
 *
 * Front matter: `record` (path of the record as received, relative to the MDX
 * file) and `restoredBreaks` (phrases before which the edition restores a
 * paragraph break the record lost).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Root, Paragraph, PhrasingContent } from 'mdast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { compareWithRecord, recordParagraphs, restoreBreaks } from '../lib/model/record/record.ts';
import { decodeRecord } from '../lib/model/record/encoding.ts';
import { FURNITURE_KINDS, type Correction, type FurnitureKind } from '../lib/model/statement/statement.ts';
import { fail, frontmatterOf, isJsx, isStatement, jsxAttr, topParagraphs } from './statement-file.ts';

export type { Correction };

/** The paragraph as the record prints it: each correction replaced by its `sic` reading. */
export function asRecordReads(node: Paragraph | PhrasingContent): string {
  if (isJsx(node, 'Corr')) return String(jsxAttr(node, 'sic') ?? '');
  if (isJsx(node, 'Furniture')) return toString(node);
  if ('value' in node && typeof node.value === 'string') return node.value;
  if (node.type === 'break') return ' ';
  if ('children' in node) return (node.children as PhrasingContent[]).map(asRecordReads).join('');
  return '';
}

export function checkAgainstRecord(tree: Root, file: VFile, record: string): Correction[] {
  const fm = frontmatterOf(file);
  const paragraphs = topParagraphs(tree, file);
  const { paragraphs: expected, missing } = restoreBreaks(recordParagraphs(record), fm.restoredBreaks ?? []);
  for (const phrase of missing) {
    fail(file, `restoredBreaks: "${phrase}" does not start a sentence inside a paragraph of the record`);
  }

  const corrections: Correction[] = [];
  paragraphs.forEach((p, i) => {
    visit(p, (node) => {
      if (!isJsx(node, 'Corr')) return;
      const sic = jsxAttr(node, 'sic');
      const corr = toString(node);
      if (typeof sic !== 'string' || sic === '') fail(file, '<Corr> needs sic="what the record prints"', node);
      if (sic === corr) fail(file, `<Corr sic="${sic}"> corrects nothing: its text is the record's`, node);
      corrections.push({ paragraph: i + 1, sic, corr });
    });
  });

  for (const p of paragraphs) {
    visit(p, (node) => {
      if (!isJsx(node, 'Furniture')) return;
      const kind = jsxAttr(node, 'kind');
      if (typeof kind !== 'string' || !FURNITURE_KINDS.includes(kind as FurnitureKind)) fail(file, `<Furniture> needs kind="${FURNITURE_KINDS.join('" | "')}"`, node);
      if (!toString(node).trim()) fail(file, '<Furniture> holds what the record prints: it is empty', node);
      visit(node, (inner) => {
        if (inner !== node && inner.type !== 'text') fail(file, '<Furniture> holds the record\'s words only (no mention, correction or emphasis)', inner);
      });
    });
  }

  const diffs = compareWithRecord(paragraphs.map(asRecordReads), expected);
  if (diffs.length > 0) {
    const d = diffs[0];
    fail(file, `${d.message}${diffs.length > 1 ? ` (and ${diffs.length - 1} more difference(s))` : ''}`, paragraphs[d.paragraph - 1] ?? tree);
  }
  return corrections;
}

/** Where a statement's record may be: a plain file name in the sources folder beside the statements. */
export const RECORD_PATH = /^\.\.\/sources\/[a-z0-9]+(?:-[a-z0-9]+)*\.txt$/;

export default function remarkRecord() {
  return (tree: Root, file: VFile) => {
    if (!isStatement(file)) return;
    const fm = frontmatterOf(file);
    if (!file.path) fail(file, 'a statement must be read from a file');
    // The record is a file of content/sources/, beside the statements' folder: nothing else is read.
    if (!RECORD_PATH.test(fm.record!)) {
      fail(file, `record: "${fm.record}" must name a file of content/sources/, as ../sources/<slug>.txt`);
    }
    let record: string;
    let bytes: Buffer;
    try {
      bytes = readFileSync(resolve(dirname(file.path), fm.record!));
    } catch {
      fail(file, `record: cannot read "${fm.record}" (content/sources/ has no such file)`);
    }
    try {
      // Kept byte for byte as received: read in the encoding the front matter states (UTF-8 unless it says otherwise).
      record = decodeRecord(bytes, fm.recordEncoding).normalize('NFC');
    } catch (e) {
      fail(file, `record: "${fm.record}" is not ${fm.recordEncoding ?? 'utf-8'} as recordEncoding says: ${(e as Error).message}`);
    }
    const corrections = checkAgainstRecord(tree, file, record);
    fm.corrections = corrections;
    // One physical line: the record lost its paragraph breaks (the corpus's V5 files).
    fm.breakless = !/[\r\n]/.test(record.trim());

    // Furniture stays in the tree as a mark of where it stood, with no text:
    // remark-paragraphs records it and takes it out of the page.
    visit(tree, (node, index, parent) => {
      if (!isJsx(node, 'Furniture') || !parent || index === undefined) return;
      const mark = { type: 'furniture', data: { furniture: { kind: jsxAttr(node, 'kind') as FurnitureKind, text: toString(node) } } };
      parent.children.splice(index, 1, mark as unknown as PhrasingContent);
      return SKIP;
    });

    // Render each correction as an insertion that says what the record reads.
    let k = 0;
    visit(tree, (node, index, parent) => {
      if (!isJsx(node, 'Corr') || !parent || index === undefined) return;
      const c = corrections[k++];
      const ins = {
        type: 'correction',
        children: node.children,
        data: {
          hName: 'ins',
          hProperties: {
            className: ['corr'],
            dataSic: c.sic,
            title: `Editorial correction: the record reads “${c.sic}”`,
          },
        },
      };
      parent.children.splice(index, 1, ins as unknown as PhrasingContent);
      return SKIP;
    });
  };
}
