// @ts-nocheck
import type { Harness } from './harness.ts';

/**
 * A request taken to the municipality's answer with a promise (`termijn:`), as members
 * type it: new, in consideration, in conversation, advice issued, answered.
 */
export async function answeredWithPromise(
  harness: Harness,
  title: string,
  deadline: string,
  flags = '',
): Promise<string> {
  await harness.command('gemeente', `/advies nieuw "${title}" ${flags}`);
  const id = harness.store.db.adviceRequests.at(-1)!.id;
  await harness.command('voorzitter', `/advies stap ${id} in-overweging`);
  await harness.command('voorzitter', `/advies stap ${id} in-gesprek`);
  await harness.command('voorzitter', `/advies uitbrengen ${id} Advies`);
  await harness.command('gemeente', `/advies reactie ${id} opgevolgd hoe:"zo" termijn:${deadline}`);
  return id;
}
