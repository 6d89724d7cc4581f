// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { mentionedIds, nextMeeting, presence, quarterOf, quarterStatus } from '../../src/domain/meetings.ts';
import { DEMO_MEMBERS } from '../../src/setup/config.ts';
import type { Meeting } from '../../src/store/schema.ts';
import { localDate } from '../../src/time/time.ts';

function meeting(id: string, date: string, municipal: boolean, attendees: string[] = []): Meeting {
  return {
    id,
    title: 'Overleg',
    date,
    municipal,
    confidentiality: 'openbaar',
    plannedBy: 'voorzitter',
    plannedAt: '2026-01-01T10:00:00.000Z',
    attendees,
    minutes: [],
  };
}

describe('quarterOf', () => {
  it.each([
    ['2026-01-01', 1, '2026-01-01', '2026-03-31'],
    ['2026-03-31', 1, '2026-01-01', '2026-03-31'],
    ['2026-04-01', 2, '2026-04-01', '2026-06-30'],
    ['2026-09-30', 3, '2026-07-01', '2026-09-30'],
    ['2026-12-31', 4, '2026-10-01', '2026-12-31'],
  ])('%s is in quarter %s', (date, quarter, start, end) => {
    expect(quarterOf(date)).toEqual({ year: 2026, quarter, start, end });
  });

  it('follows Amsterdam time at the boundary', () => {
    // 22:30 UTC on 31 March is 00:30 on 1 April in Amsterdam (summer time).
    expect(quarterOf(localDate(new Date('2026-03-31T22:30:00Z'), 'Europe/Amsterdam')).quarter).toBe(2);
    // 22:30 UTC on 30 September is 00:30 on 1 October.
    expect(quarterOf(localDate(new Date('2026-09-30T22:30:00Z'), 'Europe/Amsterdam')).quarter).toBe(4);
    expect(quarterOf(localDate(new Date('2026-12-31T22:59:00Z'), 'Europe/Amsterdam')).year).toBe(2026);
    expect(quarterOf(localDate(new Date('2026-12-31T23:00:00Z'), 'Europe/Amsterdam')).year).toBe(2027);
  });
});

describe('presence', () => {
  it('needs the municipality and a PIT member at a municipal meeting', () => {
    expect(
      presence(meeting('OVL-2026-001', '2026-03-10', true, ['voorzitter', 'gemeente']), DEMO_MEMBERS),
    ).toEqual({
      municipality: true,
      pit: false,
      met: false,
    });
    expect(
      presence(meeting('OVL-2026-001', '2026-03-10', true, ['voorzitter', 'gemeente', 'pit']), DEMO_MEMBERS)
        .met,
    ).toBe(true);
    expect(
      presence(meeting('OVL-2026-001', '2026-03-10', true, ['voorzitter', 'pit']), DEMO_MEMBERS).met,
    ).toBe(true);
    expect(
      presence(meeting('OVL-2026-001', '2026-03-10', false, ['gemeente', 'pit']), DEMO_MEMBERS).met,
    ).toBe(false);
    expect(
      presence(meeting('OVL-2026-001', '2026-03-10', true, ['voorzitter', 'secretaris']), DEMO_MEMBERS),
    ).toEqual({
      municipality: false,
      pit: false,
      met: false,
    });
  });
});

describe('quarterStatus', () => {
  const members = DEMO_MEMBERS;
  it('is missing without a municipal meeting in the quarter', () => {
    const meetings = [
      meeting('OVL-2026-001', '2026-02-10', false),
      meeting('OVL-2026-002', '2026-04-02', true),
    ];
    expect(quarterStatus(meetings, members, '2026-03-20')).toMatchObject({ state: 'missing' });
  });

  it('is planned with a municipal meeting today or later in the quarter', () => {
    const meetings = [meeting('OVL-2026-001', '2026-03-31', true)];
    expect(quarterStatus(meetings, members, '2026-03-20')).toMatchObject({
      state: 'planned',
      meeting: { id: 'OVL-2026-001' },
    });
    expect(quarterStatus(meetings, members, '2026-03-31').state).toBe('planned');
  });

  it('is held once a municipal meeting had a PIT member; one without PIT does not count', () => {
    const without = meeting('OVL-2026-001', '2026-01-20', true, ['voorzitter', 'gemeente']);
    expect(quarterStatus([without], members, '2026-03-01')).toMatchObject({
      state: 'missing',
      heldWithoutPit: { id: 'OVL-2026-001' },
    });
    const withPit = meeting('OVL-2026-002', '2026-02-20', true, ['voorzitter', 'pit']);
    expect(quarterStatus([without, withPit], members, '2026-03-01')).toMatchObject({
      state: 'held',
      meeting: { id: 'OVL-2026-002' },
    });
  });
});

describe('mentionedIds and nextMeeting', () => {
  it('finds the items discussed in minutes, actions and decisions', () => {
    const entry = {
      ...meeting('OVL-2026-003', '2026-05-01', true),
      minutes: [
        { text: 'Besproken: ADV-1 en ONT-2026-004.', by: 'secretaris', at: '2026-05-01T19:00:00.000Z' },
      ],
    };
    const actions = [{ text: 'Reactie op GN-2 sturen' }];
    const decisions = [
      {
        id: 'BES-2026-001',
        text: 'Akkoord met ADV-2026-001',
        about: 'OVL-2026-003',
        confidentiality: 'openbaar' as const,
        by: 'voorzitter',
        at: '2026-05-01T19:00:00.000Z',
      },
    ];
    expect(mentionedIds(entry, decisions, 2026, actions)).toEqual([
      'ADV-2026-001',
      'ONT-2026-004',
      'GN-2026-002',
    ]);
  });

  it('picks the first meeting on or after today', () => {
    const meetings = [
      meeting('OVL-2026-002', '2026-06-01', false),
      meeting('OVL-2026-001', '2026-05-01', true),
    ];
    expect(nextMeeting(meetings, '2026-04-01')?.id).toBe('OVL-2026-001');
    expect(nextMeeting(meetings, '2026-06-02')).toBeUndefined();
  });
});
