// @ts-nocheck
import type { CommandContext, CommandSpec, ScheduledContext, ScheduledJob } from '../../src/core/command.ts';
import { buildDigest } from '../../src/domain/digest.ts';
import { latestThisWeek, parseCron, weekKey } from '../../src/time/cron.ts';
import { localDate } from '../../src/time/time.ts';
import { digestMessage } from './render.ts';

async function post(context: CommandContext): Promise<void> {
  const digest = buildDigest(context.db, context.config, context.today);
  const forPublic = context.channel.public;
  await context.respond(digestMessage(context, digest, forPublic, context.digestParts(forPublic)));
}

/**
 * The weekly digest at `digest.cron` to each channel of `digest.channels`, once a week:
 * the week key is stored before posting, so a restart, a catch-up on start or a second
 * run never posts it twice. Weeks before this store had a scheduler are skipped.
 */
export const weeklyDigest: ScheduledJob = {
  name: 'weekly-digest',
  async run(context: ScheduledContext): Promise<void> {
    const cron = parseCron(context.config.digest.cron);
    const zone = context.config.timezone;
    const occurrence = cron ? latestThisWeek(cron, context.now, zone) : undefined;
    if (!occurrence) return;
    const since = context.db.scheduler.since;
    if (since && occurrence.getTime() < Date.parse(since)) return;
    const week = weekKey(localDate(occurrence, zone));
    if (context.db.scheduler.lastDigestWeek === week) return;
    await context.transact(
      'digest.week',
      (db) => {
        db.scheduler.lastDigestWeek = week;
      },
      () => week,
    );
    const built = buildDigest(context.db, context.config, context.today);
    for (const channel of context.config.digest.channels) {
      await context.broadcast(channel, (forPublic) =>
        digestMessage(context, built, forPublic, context.digestParts(forPublic)),
      );
    }
  },
};

export const digest: CommandSpec = {
  name: 'digest',
  en: 'digest',
  reads: [''],
  aliases: ['overzicht'],
  summary: {
    nl: 'Het weekoverzicht nu: wat open staat, wat de gemeente nog moet, het geld en het kwartaal.',
    en: 'The weekly digest now: what is open, what the municipality owes, the money and the quarter.',
  },
  scheduled: [weeklyDigest],
  subcommands: [
    {
      name: '',
      bare: true,
      usage: { nl: '/digest', en: '/digest' },
      summary: {
        nl: 'Plaatst het overzicht hier; in een openbaar kanaal alleen met aantallen voor vertrouwelijke zaken.',
        en: 'Posts the digest here; in a public channel confidential matters are only counted.',
      },
      allowed: 'everyone',
      changes: false,
      maxWords: 0,
      run: post,
    },
  ],
};
