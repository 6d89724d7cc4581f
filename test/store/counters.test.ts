import { describe, expect, it } from 'vitest';
import { countersFollowItems, raiseCounters } from '../../src/store/counters.ts';
import { type Db, emptyDb } from '../../src/store/schema.ts';

const decision = (id: string): Db['decisions'][number] => ({
  id,
  text: 'Besluit',
  confidentiality: 'openbaar',
  by: 'voorzitter',
  at: '2026-11-28T09:00:00.000Z',
});

describe('counters raised to the ids there are', () => {
  it('take the highest id of each kind and year, whatever the order, and say which they raised', () => {
    const db = emptyDb();
    db.counters = { 'BES-2026': 7, 'ADV-2025': 5 };
    const raised = raiseCounters(db, [
      'ADV-2026-005',
      'ADV-2026-012',
      'ADV-2026-003',
      'BES-2026-007',
      'ADV-2025-005',
      'geen-id',
      'xADV-2027-009',
      'ADV-2028-009x',
    ]);
    expect(raised).toEqual(['ADV-2026']);
    expect(db.counters).toEqual({ 'BES-2026': 7, 'ADV-2025': 5, 'ADV-2026': 12 });
  });

  it('never lower a counter', () => {
    const db = emptyDb();
    db.counters = { 'ADV-2026': 9 };
    expect(raiseCounters(db, ['ADV-2026-004'])).toEqual([]);
    expect(db.counters).toEqual({ 'ADV-2026': 9 });
  });

  it('follow the items in the store, of every kind: a counter behind its highest id is raised to it', () => {
    const db = emptyDb();
    db.counters = { 'BES-2026': 1 };
    db.decisions.push(decision('BES-2026-001'), decision('BES-2026-004'), decision('BES-2025-002'));
    db.notes.push({
      id: 'GN-2026-003',
      title: 'Notitie',
      confidentiality: 'openbaar',
      createdBy: 'voorzitter',
      createdAt: '2026-11-28T09:00:00.000Z',
      signatures: [],
      textVersion: 0,
    });
    expect(countersFollowItems(db).sort()).toEqual(['BES-2025', 'BES-2026', 'GN-2026']);
    expect(db.counters).toEqual({ 'BES-2026': 4, 'BES-2025': 2, 'GN-2026': 3 });
  });
});
