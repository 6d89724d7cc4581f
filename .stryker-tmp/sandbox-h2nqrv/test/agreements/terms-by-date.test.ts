// @ts-nocheck
import { afterEach, describe, expect, it } from 'vitest';
import { BUILT_IN_TERMS, termsForYear, termsOn } from '../../src/domain/agreements.ts';
import type { Agreement, AgreementTerms, Db } from '../../src/store/schema.ts';
import { Harness } from '../support/harness.ts';

const NEW_TERMS: AgreementTerms = {
  caps: { bestanden: 200_000, kosten: 300_000, expertise: 400_000, totaal: 1_000_000 },
  responseWindowDays: 56,
  articles: BUILT_IN_TERMS.articles,
};

/** An agreement approved by both sides, as /afspraak records it. */
function approved(
  id: string,
  from: string,
  to: string,
  terms: AgreementTerms,
  extra: Partial<Agreement> = {},
): Agreement {
  const at = `${from}T09:00:00.000Z`;
  return {
    id,
    confidentiality: 'openbaar',
    from,
    to,
    versions: [
      {
        number: 1,
        from,
        terms,
        proposedBy: 'voorzitter',
        proposedAt: at,
        approvals: [
          { by: 'voorzitter', side: 'panel', at },
          { by: 'programmamanager', side: 'gemeente', at },
        ],
        inForceAt: at,
      },
    ],
    ...extra,
  };
}

const first = approved('AFS-2022-001', '2022-01-01', '2025-12-31', BUILT_IN_TERMS);
const second = approved('AFS-2026-001', '2026-01-01', '2028-12-31', NEW_TERMS);

describe('the terms on a date', () => {
  const db = { agreements: [first, second] } as Pick<Db, 'agreements'>;
  it('come from the agreement in force that day', () => {
    expect(termsOn(db, '2025-12-31', BUILT_IN_TERMS)).toMatchObject({ agreement: first, inForce: true });
    expect(termsOn(db, '2026-01-01', BUILT_IN_TERMS)).toMatchObject({ agreement: second, inForce: true });
    expect(termsForYear(db, 2025, BUILT_IN_TERMS).terms.caps.bestanden).toBe(160_000);
    expect(termsForYear(db, 2026, BUILT_IN_TERMS).terms.caps.bestanden).toBe(200_000);
  });

  it('keep the last ones after the last agreement, and the first ones before the first', () => {
    expect(termsOn(db, '2030-05-01', BUILT_IN_TERMS)).toMatchObject({ agreement: second, inForce: false });
    expect(termsOn(db, '2019-05-01', BUILT_IN_TERMS)).toMatchObject({ agreement: first, inForce: false });
    expect(termsOn({ agreements: [] }, '2026-05-01', NEW_TERMS)).toMatchObject({
      terms: NEW_TERMS,
      inForce: false,
    });
  });

  it('follow an amendment from its date on, and an end (8c) from the day after', () => {
    const amended: Agreement = {
      ...second,
      versions: [
        ...second.versions,
        {
          ...second.versions[0]!,
          number: 2,
          from: '2027-01-01',
          terms: { ...NEW_TERMS, caps: { ...NEW_TERMS.caps, kosten: 350_000 } },
        },
      ],
    };
    const withAmendment = { agreements: [first, amended] };
    expect(termsForYear(withAmendment, 2026, BUILT_IN_TERMS).terms.caps.kosten).toBe(300_000);
    expect(termsForYear(withAmendment, 2027, BUILT_IN_TERMS)).toMatchObject({ version: 2 });
    expect(termsForYear(withAmendment, 2027, BUILT_IN_TERMS).terms.caps.kosten).toBe(350_000);
    const ended: Agreement = {
      ...second,
      ended: {
        on: '2026-06-30',
        reason: 'opgezegd',
        by: 'programmamanager',
        side: 'gemeente',
        at: '2026-03-01T09:00:00.000Z',
      },
    };
    expect(termsOn({ agreements: [first, ended] }, '2026-07-01', BUILT_IN_TERMS)).toMatchObject({
      inForce: false,
    });
    expect(termsForYear({ agreements: [first, ended] }, 2026, BUILT_IN_TERMS)).toMatchObject({
      agreement: ended,
    });
  });

  it('ignore a proposal that is not approved by both sides', () => {
    const proposal: Agreement = {
      ...second,
      versions: [{ ...second.versions[0]!, approvals: [], inForceAt: undefined }],
    };
    delete proposal.versions[0]!.inForceAt;
    expect(termsForYear({ agreements: [first, proposal] }, 2026, BUILT_IN_TERMS)).toMatchObject({
      agreement: first,
      inForce: false,
    });
  });
});

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe('every rule asks for the terms of its own date', () => {
  async function withSecondAgreement(now: string): Promise<Harness> {
    const created = await Harness.create({ now });
    await created.store.transact(
      (db) => {
        db.agreements.push(structuredClone(second));
      },
      () => [],
    );
    return created;
  }

  it('a budget year uses the caps of its year', async () => {
    harness = await withSecondAgreement('2026-11-28T09:00:00Z');
    harness.clock.set(new Date('2025-02-10T09:00:00Z'));
    await harness.command('secretaris', '/uitgave 1.200 bestanden Opslag 2025');
    harness.clock.set(new Date('2026-11-28T09:00:00Z'));
    const y2025 = await harness.command('panellid', '/budget 2025');
    expect(y2025).toContain('over € 400,00 van € 1.600,00');
    expect(y2025).toContain('AFS-2022-001');
    const y2026 = await harness.command('panellid', '/budget 2026');
    expect(y2026).toContain('over € 2.000,00 van € 2.000,00');
    expect(y2026).toContain('AFS-2026-001');
  });

  it('an expense is checked against the caps of its year', async () => {
    harness = await withSecondAgreement('2026-11-28T09:00:00Z');
    expect(await harness.command('secretaris', '/uitgave 1.900 bestanden Opslag 2026')).toContain(
      'UIT-2026-001',
    );
    harness.clock.set(new Date('2025-11-28T09:00:00Z'));
    expect(await harness.command('secretaris', '/uitgave 1.900 bestanden Opslag 2025')).toContain(
      '€ 1.600,00',
    );
  });

  it('an answer deadline uses the window of the day the advice was issued', async () => {
    harness = await withSecondAgreement('2026-03-02T09:00:00Z');
    await harness.command('gemeente', '/advies nieuw Slimme camera’s');
    await harness.command('voorzitter', '/advies stap ADV-1 in-overweging');
    await harness.command('voorzitter', '/advies stap ADV-1 in-gesprek');
    const issued = await harness.command('voorzitter', '/advies uitbrengen ADV-1 Niet zonder DPIA');
    expect(issued).toContain('56 dagen');
    expect(harness.store.db.adviceRequests[0]!.advice!.dueDate).toBe('2026-04-27');
  });
});
