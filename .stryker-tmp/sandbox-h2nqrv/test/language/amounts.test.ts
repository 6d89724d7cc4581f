// @ts-nocheck
import { afterEach, describe, expect, it } from 'vitest';
import { Harness, tempDir, testConfig } from '../support/harness.ts';
import { runShellProcess } from '../support/run-shell-process.ts';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe('amounts as the agreement writes them', () => {
  it('reads a dot before three digits as thousands in Dutch, and a space too; the reply shows the amount', async () => {
    harness = await Harness.create();
    expect(await harness.command('panellid', '/uitgave € 1.600 bestanden Nextcloud')).toContain('€ 1.600,00');
    expect(await harness.command('panellid', '/uitgave 1.234 expertise Jurist')).toContain('€ 1.234,00');
    expect(await harness.command('panellid', '/uitgave 1 250,00 expertise Jurist')).toContain('€ 1.250,00');
    expect(harness.store.db.expenses.map((expense) => expense.amount)).toEqual([160000, 123400, 125000]);
    expect(await harness.command('panellid', '/uitgave 1,234 kosten Reis')).toContain(
      "'1,234' kan ik op twee manieren lezen",
    );
    expect(harness.store.db.expenses).toHaveLength(3);
  });

  it('takes bedrag:1 250,00 without quotes and says the new amount', async () => {
    harness = await Harness.create();
    await harness.command('panellid', '/uitgave 2000 expertise Jurist');
    const reply = await harness.command('panellid', '/uitgave bewijs UIT-1 bedrag:1 250,00 factuur.pdf');
    expect(reply).toContain('€ 1.250,00');
    expect(harness.store.db.expenses[0]).toMatchObject({ amount: 125000 });
    expect(harness.store.db.expenses[0]!.receipts[0]).toMatchObject({ text: 'factuur.pdf' });
  });

  it('reads English amounts in an English panel', async () => {
    harness = await Harness.create({ config: testConfig({ language: 'en' }) });
    expect(await harness.command('panellid', '/expense 1,600 bestanden Nextcloud')).toContain('€1,600.00');
    expect(await harness.command('panellid', '/expense 1.5 kosten Coffee')).toContain('€1.50');
    expect(harness.store.db.expenses.map((expense) => expense.amount)).toEqual([160000, 150]);
  });
});

describe('amounts in the shell', () => {
  it('announces € 1.600 and 1 250,00 as written in the agreement', async () => {
    const run = await runShellProcess(
      ['@panellid: /uitgave € 1.600 bestanden Nextcloud', '@panellid: /uitgave 1 250,00 expertise Jurist'],
      { STADSPANEL_DATA_DIR: await tempDir(), STADSPANEL_NOW: '2026-11-28T10:00' },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Uitgave UIT-2026-001: € 1.600,00 — Nextcloud');
    expect(run.stdout).toContain('Uitgave UIT-2026-002: € 1.250,00 — Jurist');
  });
});
