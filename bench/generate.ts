import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditEntry } from '../src/store/audit.ts';
import {
  type AdviceRequest,
  type AdviceStep,
  CATEGORIES,
  type Db,
  type Decision,
  type Development,
  type Expense,
  emptyDb,
  type Meeting,
  type Note,
  PHASES,
  THEMES,
} from '../src/store/schema.ts';

/** Sizes of a busy panel over ten years (issue 9); the one-year store is a tenth. */
export const TEN_YEARS = {
  years: 10,
  adviceRequests: 500,
  expenses: 1_000,
  meetings: 300,
  notes: 150,
  developments: 200,
  decisions: 2_000,
  audit: 50_000,
} as const;

export type Shape = { -readonly [K in keyof typeof TEN_YEARS]: number };

export function oneYear(): Shape {
  const shape = { ...TEN_YEARS } as Shape;
  for (const key of Object.keys(shape) as Array<keyof Shape>)
    shape[key] = Math.max(1, Math.round(shape[key] / 10));
  shape.years = 1;
  return shape;
}

/** A small seeded generator, so every run builds the same store. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const MEMBERS = ['voorzitter', 'secretaris', 'panellid', 'gemeente', 'pit', 'programmamanager'];
const WORDS = [
  'bodycams',
  'druktemeter',
  'snelheid',
  'ANPR',
  'camera',
  'open data',
  'algoritme',
  'sensor',
  'wijk',
  'parkeren',
];

/** Builds a store of `shape` ending in `lastYear`, with its audit trail. */
export function generate(shape: Shape, lastYear = 2026): { db: Db; audit: AuditEntry[] } {
  const next = random(2026);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const firstYear = lastYear - shape.years + 1;
  const instant = (index: number, total: number) => {
    const year = firstYear + Math.floor((index / total) * shape.years);
    const day = 1 + Math.floor(next() * 360);
    return new Date(Date.UTC(year, 0, day, 9 + Math.floor(next() * 8))).toISOString();
  };
  const id = (prefix: string, at: string, counters: Record<string, number>) => {
    const key = `${prefix}-${at.slice(0, 4)}`;
    counters[key] = (counters[key] ?? 0) + 1;
    return `${key}-${String(counters[key]).padStart(3, '0')}`;
  };
  const db = emptyDb();
  const title = () => `${pick(WORDS)} ${pick(WORDS)} ${Math.floor(next() * 1000)}`;
  let message = 0;
  const ref = () => `shell:panel:${++message}`;

  const developments: Development[] = Array.from({ length: shape.developments }, (_, index) => {
    const at = instant(index, shape.developments);
    const phase = pick(PHASES);
    return {
      id: id('ONT', at, db.counters),
      title: title(),
      phase,
      themes: [pick(THEMES)],
      confidentiality: next() < 0.1 ? 'vertrouwelijk' : 'openbaar',
      reportedBy: 'gemeente',
      reportedAt: at,
      message: ref(),
      phases: [{ phase, at, by: 'gemeente' }],
    };
  });
  const steps: AdviceStep[] = [
    'afgerond',
    'afgerond',
    'afgerond',
    'reactie-ontvangen',
    'advies-uitgebracht',
    'in-gesprek',
    'ontvangen',
  ];
  const requests: AdviceRequest[] = Array.from({ length: shape.adviceRequests }, (_, index) => {
    const at = instant(index, shape.adviceRequests);
    const step = pick(steps);
    const issued = step !== 'ontvangen' && step !== 'in-gesprek';
    const answered = step === 'afgerond' || step === 'reactie-ontvangen';
    const adviceAt = new Date(Date.parse(at) + 30 * 86_400_000).toISOString();
    return {
      id: id('ADV', at, db.counters),
      title: title(),
      themes: [pick(THEMES)],
      development: pick(developments).id,
      confidentiality: next() < 0.1 ? 'vertrouwelijk' : 'openbaar',
      step,
      openedBy: 'gemeente',
      openedAt: at,
      message: ref(),
      ...(issued
        ? {
            advice: {
              summary: `Advies over ${title()}`,
              by: 'voorzitter',
              at: adviceAt,
              dueDate: adviceAt.slice(0, 10),
            },
          }
        : {}),
      ...(answered
        ? {
            answer: {
              decision: pick(['opgevolgd', 'deels', 'niet'] as const),
              how: 'Via de privacyverklaring en het protocol',
              deadline: adviceAt.slice(0, 10),
              by: 'gemeente',
              at: adviceAt,
              daysLate: next() < 0.3 ? Math.floor(next() * 20) : 0,
            },
          }
        : {}),
      history: [
        { at, by: 'gemeente', step: 'ontvangen' },
        { at, by: 'voorzitter', step: 'in-overweging' },
        { at, by: 'voorzitter', step: 'in-gesprek', note: 'Gesprek gepland' },
      ],
      answerRefusals: next() < 0.2 ? 1 : 0,
      reminders: {},
    };
  });
  const expenses: Expense[] = Array.from({ length: shape.expenses }, (_, index) => {
    const at = instant(index, shape.expenses);
    return {
      id: id('UIT', at, db.counters),
      amount: 500 + Math.floor(next() * 2_000),
      category: pick(CATEGORIES),
      description: `Kosten voor ${title()}`,
      confidentiality: 'openbaar',
      year: Number(at.slice(0, 4)),
      step: pick(['vergoed', 'vergoed', 'goedgekeurd', 'aangevraagd', 'afgewezen'] as const),
      announcedBy: 'panellid',
      announcedAt: at,
      message: ref(),
      approval: { by: 'programmamanager', at },
      receipts: [{ text: 'https://example.org/bon.pdf', by: 'panellid', at }],
      history: [{ at, by: 'panellid', step: 'aangevraagd' }],
    };
  });
  const meetings: Meeting[] = Array.from({ length: shape.meetings }, (_, index) => {
    const at = instant(index, shape.meetings);
    return {
      id: id('OVL', at, db.counters),
      title: index % 3 === 0 ? 'Kwartaaloverleg met de gemeente' : 'Panelvergadering',
      date: at.slice(0, 10),
      time: '19:30',
      municipal: index % 3 === 0,
      confidentiality: 'openbaar',
      plannedBy: 'secretaris',
      plannedAt: at,
      message: ref(),
      attendees: ['voorzitter', 'secretaris', 'panellid', ...(index % 3 === 0 ? ['gemeente', 'pit'] : [])],
      minutes: [
        { text: `Besproken: ${pick(requests).id} en ${pick(developments).id}.`, by: 'secretaris', at },
      ],
    };
  });
  const notes: Note[] = Array.from({ length: shape.notes }, (_, index) => {
    const at = instant(index, shape.notes);
    return {
      id: id('GN', at, db.counters),
      title: title(),
      development: pick(developments).id,
      text: 'Wij spraken af dat gegevens na 28 dagen worden verwijderd.',
      confidentiality: 'openbaar',
      createdBy: 'voorzitter',
      createdAt: at,
      message: ref(),
      signatures: [
        { by: 'voorzitter', side: 'panel', at },
        { by: 'gemeente', side: 'gemeente', at },
      ],
      endorsedAt: at,
      textVersion: 1,
    };
  });
  const decisions: Decision[] = Array.from({ length: shape.decisions }, (_, index) => {
    const at = instant(index, shape.decisions);
    return {
      id: id('BES', at, db.counters),
      text: `Besluit over ${title()}`,
      about: pick(requests).id,
      confidentiality: 'openbaar',
      by: 'voorzitter',
      at,
    };
  });
  Object.assign(db, { developments, adviceRequests: requests, expenses, meetings, notes, decisions });
  const audit: AuditEntry[] = Array.from({ length: shape.audit }, (_, index) => ({
    at: instant(index, shape.audit),
    actor: pick(MEMBERS),
    action: pick(['advies.nieuw', 'besluit', 'uitgave.nieuw', 'overleg.notulen']),
    target: pick(requests).id,
    source: `shell:panel:in.${index}`,
  }));
  return { db, audit };
}

export async function writeStore(dir: string, shape: Shape): Promise<void> {
  const { db, audit } = generate(shape);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'db.json'), JSON.stringify(db));
  await writeFile(join(dir, 'audit.jsonl'), audit.map((entry) => `${JSON.stringify(entry)}\n`).join(''));
}
