// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Scheduler } from '../../src/core/scheduler.ts';
import { isConfidential, type Nameable } from '../../src/kit/confidentiality.ts';
import { allItems } from '../../src/kit/items.ts';
import { DEMO_MEMBERS } from '../../src/setup/config.ts';
import {
  confidentialItem,
  createItems,
  readLines,
  secretWord,
  showLine,
} from '../support/confidential-items.ts';
import { FREE_TEXT_PLACES, MENTION_FORMS, mention, place } from '../support/free-text.ts';
import { Harness, testConfig } from '../support/harness.ts';

/**
 * Afspraak 7c as a property: confidential content (titles, texts, lines that name it)
 * appears in a channel only when the channel is not public and every human in it is on
 * the roster with a signed declaration, and, for an answer, the asker too. Rosters,
 * channels, their members, joins and leaves, the items, the free text and the commands
 * are all generated; everything goes through bot.receive, the terminal's channels take
 * their members from the config (`channels.<key>.members`).
 */

const TODAY = '2026-08-01';
/** Extra roster entries: signed before today, not signed, or signed only later. */
const extraMember = fc.record({
  signed: fc.constantFrom('before', 'none', 'later'),
  roles: fc.constantFrom(
    ['panel'],
    ['gemeente'],
    ['gemeente', 'pit'],
    ['gemeente', 'panel'],
    ['panel', 'secretaris'],
  ),
});
const channel = fc.record({
  public: fc.boolean(),
  members: fc.uniqueArray(fc.nat(30), { maxLength: 5 }),
});
const freeText = fc.record({
  place: fc.constantFrom(...FREE_TEXT_PLACES),
  target: fc.nat(),
  form: fc.constantFrom(...MENTION_FORMS),
  marker: secretWord,
});
const step = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant('read'), who: fc.nat(), where: fc.nat(), read: fc.nat() }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constantFrom('join', 'leave'), who: fc.nat(), where: fc.nat() }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('digest') }) },
  // The chair moves a request on from a channel where everyone signed; its announcement is edited where it was posted.
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('move'),
      item: fc.nat(),
      to: fc.constantFrom('in-overweging', 'in-gesprek'),
    }),
  },
);

/** How many answers in a channel where it may be read did show confidential content (the property is not empty). */
let shownWhereAllowed = 0;
/** How many toon requests by someone without a declaration were refused (the check ran). */
let refusedToons = 0;

describe('confidential content follows who is in the channel (afspraak 7c)', () => {
  it('appears only where the channel is not public and everyone in it, and the asker, signed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(extraMember, { maxLength: 4 }),
        fc.array(channel, { minLength: 1, maxLength: 3 }),
        fc.array(confidentialItem, { minLength: 2, maxLength: 6 }),
        fc.array(freeText, { maxLength: 4 }),
        fc.array(step, { minLength: 4, maxLength: 24 }),
        async (extras, generated, items, texts, steps) => {
          const roster = [
            ...DEMO_MEMBERS,
            ...extras.map((extra, index) => ({
              id: `lid${index}`,
              name: `Lid Nummer${index}`,
              roles: extra.roles,
              ...(extra.signed === 'before' ? { geheimhouding: '2026-02-01' } : {}),
              ...(extra.signed === 'later' ? { geheimhouding: '2026-12-01' } : {}),
            })),
          ];
          const people = [...roster.map((member) => member.id), 'Gast Een', 'Gast Twee'];
          const mayRead = (who: string) => {
            const member = roster.find((entry) => entry.id === who);
            if (member === undefined) return false;
            // Municipal staff without a date are bound by ambtsgeheim; a date in the config still counts.
            if (member.geheimhouding === undefined)
              return member.roles.every((role) => ['gemeente', 'pit', 'programmamanager'].includes(role));
            return member.geheimhouding <= TODAY;
          };
          const signed = DEMO_MEMBERS.map((member) => member.id);
          const channels: Record<string, { public?: boolean; members: string[] }> = {
            panel: { members: [...signed] },
            kern: { members: ['voorzitter', 'secretaris'] },
            openbaar: { public: true, members: [] },
          };
          for (const [index, entry] of generated.entries()) {
            channels[`c${index}`] = {
              ...(entry.public ? { public: true } : {}),
              members: entry.members.map((n) => people[n % people.length]!),
            };
          }
          const keys = Object.keys(channels);
          const harness = await Harness.create({
            now: '2026-05-01T08:00:00Z',
            config: testConfig({
              members: roster,
              channels: structuredClone(channels),
              digest: { channels: keys },
            }),
          });
          // The items, made where everyone signed; three months on some confidentiality has lapsed.
          const { secrets } = await createItems(harness, items);
          harness.clock.set(new Date(`${TODAY}T08:00:00Z`));
          const targets = (allItems(harness.store.db) as readonly Nameable[])
            .filter((item) => isConfidential(item, TODAY))
            .map((item) => ({ id: item.id, title: item.title ?? item.description ?? item.text ?? '' }));
          if (targets.length > 0 && texts.length > 0) {
            await harness.command('secretaris', '/overleg plan 15-07-2026 Openbare avond');
            const meeting = harness.store.db.meetings.at(-1)!.id;
            for (const [index, entry] of texts.entries()) {
              const target = targets[entry.target % targets.length]!;
              const marker = `Vrij${entry.marker}${index}`;
              secrets.push(marker);
              await place(
                harness,
                entry.place,
                meeting,
                `${marker} over ${mention(target.id, target.title, entry.form)}`,
              );
            }
          }
          const ids = allItems(harness.store.db).map((item) => item.id);
          // Every read the commands declare, and each item shown by its id (the registry's lists).
          const reads = [
            ...readLines(),
            ...ids.flatMap((id) => [
              ...[showLine(id)].filter((line) => line !== undefined),
              `/besluit lijst ${id}`,
            ]),
            ...harness.store.db.meetings.map((meeting) => `/overleg samenvatting ${meeting.id} publiceer`),
          ];
          // Who is in each channel now, as the platform (here: the config and its joins and leaves) says.
          const members = new Map(keys.map((key) => [key, new Set(channels[key]!.members)]));
          const mayShow = (key: string) =>
            channels[key]?.public !== true && [...(members.get(key) ?? [])].every(mayRead);
          const scheduler = new Scheduler(harness.bot);
          await scheduler.start({ timer: false });
          let monday = Date.parse('2026-08-03T07:00:00Z');
          for (const entry of steps) {
            const before = harness.adapter.sent.length;
            let asker: { who: string; where: string; line: string } | undefined;
            if (entry.kind === 'read') {
              const who = people[entry.who % people.length]!;
              const where = keys[entry.where % keys.length]!;
              const line = reads[entry.read % reads.length]!;
              asker = { who, where, line };
              await harness.command(who, line, { channel: where });
            } else if (entry.kind === 'move') {
              const requests = harness.store.db.adviceRequests;
              if (requests.length === 0) continue;
              const id = requests[entry.item % requests.length]!.id;
              asker = { who: 'voorzitter', where: 'kern', line: `/advies stap ${id} ${entry.to}` };
              await harness.command(asker.who, asker.line, { channel: asker.where });
            } else if (entry.kind === 'digest') {
              harness.clock.set(new Date(monday));
              monday += 7 * 24 * 60 * 60 * 1000;
              await scheduler.tick();
            } else {
              const who = people[entry.who % people.length]!;
              const where = keys[entry.where % keys.length]!;
              const joined = entry.kind === 'join';
              await harness.receive({
                kind: 'membership',
                eventId: `m${Math.random()}`,
                actor: { platform: 'shell', userId: who },
                channel: where,
                joined,
              });
              if (joined) members.get(where)!.add(who);
              else members.get(where)!.delete(who);
            }
            for (const sent of harness.adapter.sent.slice(before)) {
              const key = sent.ref.channel;
              const forAsker = asker !== undefined && key === asker.where;
              const allowed = mayShow(key) && (!forAsker || mayRead(asker!.who));
              const context = `${asker ? `${asker.who} in ${asker.where}: ${asker.line}` : entry.kind} → ${key} (${[...(members.get(key) ?? [])].join(', ')})`;
              if (!allowed) {
                for (const secret of secrets) expect(sent.text, context).not.toContain(secret);
              } else if (secrets.some((secret) => sent.text.includes(secret))) {
                shownWhereAllowed++;
              }
            }
            // Asking for a confidential item without a declaration: refused, without content.
            if (asker && /toon/.test(asker.line) && !mayRead(asker.who) && !channels[asker.where]!.public) {
              const id = asker.line.split(' ').at(-1)!;
              if (targets.some((target) => target.id === id)) {
                expect(harness.adapter.last().text).toMatch(/ledenlijst|niet getekend/);
                refusedToons++;
              }
            }
          }
          await harness.close();
        },
      ),
      { numRuns: 200 },
    );
    expect(shownWhereAllowed).toBeGreaterThan(0);
    expect(refusedToons).toBeGreaterThan(0);
  }, 240_000);
});
