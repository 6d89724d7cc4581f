// @ts-nocheck
import { createHash } from 'node:crypto';
import type { Block, RichMessage } from '../port/rich-message.ts';

/**
 * A published report remembered line by line without its text: each line is stored as
 * which line it is (its section and number) and a digest of its text. A later publication
 * can then say *that* line 1 of the minutes changed or a line was taken away, without the
 * store (or the public thread) repeating what was removed, and without names in the data.
 *
 * A line's place: the heading (`kop`), a field (`veld:Aanwezig`), a numbered line in a
 * section (`Notulen:1`), or another line in a section by its order (`Besluiten#1`).
 */
export interface ReportLine {
  readonly place: Place;
  /** The line as it reads in the report (`• 1. De website is besproken.`). */
  readonly text: string;
}

export type Place =
  | { readonly kind: 'heading' }
  | { readonly kind: 'field'; readonly label: string }
  | { readonly kind: 'line'; readonly section: string; readonly number: number; readonly numbered: boolean };

/** How a stored line looks: `<place>=sha256:<16 hex>`. */
const STORED = /^(.*)=sha256:([0-9a-f]{16})$/;
const NUMBERED = /^(\d+)\.\s/;

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function placeKey(place: Place): string {
  if (place.kind === 'heading') return 'kop';
  if (place.kind === 'field') return `veld:${place.label}`;
  return `${place.section}${place.numbered ? ':' : '#'}${place.number}`;
}

function placeOf(key: string): Place {
  if (key === 'kop') return { kind: 'heading' };
  if (key.startsWith('veld:')) return { kind: 'field', label: key.slice('veld:'.length) };
  const match = /^(.*)([:#])(\d+)$/.exec(key);
  if (!match) return { kind: 'line', section: key, number: 1, numbered: false };
  return { kind: 'line', section: match[1]!, number: Number(match[3]), numbered: match[2] === ':' };
}

/** Gives each line of a section its place as it comes. */
class Sections {
  #section = '';
  #unnumbered = 0;

  start(label: string): void {
    this.#section = label;
    this.#unnumbered = 0;
  }

  line(text: string): Place {
    const numbered = NUMBERED.exec(text);
    if (numbered)
      return { kind: 'line', section: this.#section, number: Number(numbered[1]), numbered: true };
    return { kind: 'line', section: this.#section, number: ++this.#unnumbered, numbered: false };
  }
}

/** A paragraph that opens a section: `Notulen:`. */
function sectionLabel(text: string): string | undefined {
  const match = /^([^:\n]+):$/.exec(text.trim());
  return match?.[1];
}

/** The lines of a report as posted, each with its place. */
export function reportLines(report: RichMessage): ReportLine[] {
  const lines: ReportLine[] = [];
  const sections = new Sections();
  const add = (block: Block) => {
    switch (block.kind) {
      case 'heading':
        lines.push({ place: { kind: 'heading' }, text: block.text });
        return;
      case 'fields':
        for (const field of block.fields)
          lines.push({
            place: { kind: 'field', label: field.label },
            text: `${field.label}: ${field.value}`,
          });
        return;
      case 'list':
        for (const item of block.items) lines.push({ place: sections.line(item), text: `• ${item}` });
        return;
      case 'paragraph':
      case 'context':
      case 'preformatted': {
        const label = sectionLabel(block.text);
        if (label !== undefined) sections.start(label);
        else lines.push({ place: sections.line(block.text), text: block.text });
        return;
      }
      case 'address':
        lines.push({ place: sections.line(block.text), text: `${block.to.name}, ${block.text}` });
        return;
      case 'divider':
        return;
    }
  };
  for (const block of report.blocks) add(block);
  return lines;
}

/**
 * The lines of a report stored by an earlier version as plain text (one rendered line
 * each), with their places: read the way `reportLines` reads blocks.
 */
function placedText(lines: readonly string[]): ReportLine[] {
  const sections = new Sections();
  const placed: ReportLine[] = [];
  let inSections = false;
  lines.forEach((line, index) => {
    if (index === 0) {
      placed.push({ place: { kind: 'heading' }, text: line });
      return;
    }
    const label = sectionLabel(line);
    if (label !== undefined && !line.startsWith('• ')) {
      sections.start(label);
      inSections = true;
      return;
    }
    const field = /^([^:•]+): /.exec(line);
    if (!inSections && field) {
      placed.push({ place: { kind: 'field', label: field[1]! }, text: line });
      return;
    }
    const text = line.replace(/^• /, '');
    placed.push({ place: sections.line(text), text: line });
  });
  return placed;
}

/** The lines to store: places and digests, no text. */
export function storedLines(lines: readonly ReportLine[]): string[] {
  return lines.map((line) => `${placeKey(line.place)}=sha256:${digest(line.text)}`);
}

/** Stored lines in the stored form; lines an earlier version kept as text are converted. */
export function withoutText(stored: readonly string[]): string[] {
  if (stored.every((line) => STORED.test(line))) return [...stored];
  return storedLines(placedText(stored));
}

export interface ReportChanges {
  /** Lines that are new or read differently now, as they read now. */
  readonly added: readonly ReportLine[];
  /** Places whose line reads differently now. */
  readonly changed: readonly Place[];
  /** Places that had a line and have none now. */
  readonly removed: readonly Place[];
}

/** What changed since the stored publication, by place, without the text that was there. */
export function reportChanges(stored: readonly string[], now: readonly ReportLine[]): ReportChanges {
  const before = new Map<string, string>();
  for (const line of withoutText(stored)) {
    const match = STORED.exec(line)!;
    before.set(match[1]!, match[2]!);
  }
  const seen = new Set<string>();
  const added: ReportLine[] = [];
  const changed: Place[] = [];
  for (const line of now) {
    const key = placeKey(line.place);
    seen.add(key);
    const earlier = before.get(key);
    if (earlier === digest(line.text)) continue;
    added.push(line);
    if (earlier !== undefined) changed.push(line.place);
  }
  const removed = [...before.keys()].filter((key) => !seen.has(key)).map(placeOf);
  return { added, changed, removed };
}
