// @ts-nocheck
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningSlack } from '../../adapters/slack/slack-app.ts';
import { Scheduler } from '../../src/core/scheduler.ts';
import { message, paragraph } from '../../src/port/rich-message.ts';
import type { FakeSlackApi } from '../fakes/slack-api.ts';
import { type Harness, testConfig } from '../support/harness.ts';
import { startSlackBot, stopSlackBot } from '../support/slack-bot.ts';
import { sendToSlackEndpoint, slashCommand } from '../support/slack-requests.ts';

const members = [
  {
    id: 'anna',
    name: 'Anna de Vries',
    roles: ['panel', 'voorzitter'],
    slack: 'U0ANNA',
    geheimhouding: '2026-01-15',
  },
  { id: 'dewi', name: 'Dewi Jansen', roles: ['gemeente'], slack: 'U0DEWI', geheimhouding: '2026-01-15' },
];
const channels = { panel: { slack: 'C0PANEL' }, openbaar: { slack: 'C0PUBLIC', public: true } };

let api: FakeSlackApi;
let harness: Harness;
let slack: RunningSlack;

beforeEach(async () => {
  ({ api, harness, slack } = await startSlackBot(testConfig({ members, channels }), {
    C0PANEL: ['UBOT', 'U0ANNA', 'U0DEWI'],
  }));
});
afterEach(async () => {
  await stopSlackBot({ slack, harness, api });
});

function slash(user: string, command: string, text: string, channel = 'C0PANEL') {
  return sendToSlackEndpoint(
    slack.port!,
    slashCommand({ command, text, user, channel }),
    'application/x-www-form-urlencoded',
  );
}

describe('the yearly report as a Slack file', () => {
  it('uploads the Markdown with files.uploadV2: upload URL, the bytes, then complete in the channel', async () => {
    await harness.command('dewi', '/advies nieuw "Bodycams voor handhavers"');
    await harness.command('dewi', '/advies nieuw "Geheime camera" vertrouwelijk');
    await slash('U0ANNA', '/jaarverslag', '2026 markdown');
    const [complete] = await api.waitFor('files.completeUploadExternal');
    const [asked] = api.callsOf('files.getUploadURLExternal');
    expect(asked!.args).toMatchObject({ filename: 'jaarverslag-2026-intern.md' });
    expect(complete!.args).toMatchObject({ channel_id: 'C0PANEL' });
    expect(complete!.args.files).toEqual([
      { id: asked!.result.file_id, title: 'Jaarverslag 2026 – Stadspanel Data (interne versie)' },
    ]);
    expect(String(complete!.args.initial_comment)).toContain('Markdown-bestand');
    const file = api.files.get(String(asked!.result.file_id))!;
    expect(file.shared).toEqual(['C0PANEL']);
    expect(file.content).toContain('# Jaarverslag 2026 – Stadspanel Data');
    expect(file.content).toContain('| ADV-2026-001 Bodycams voor handhavers |');
    expect(file.content).toContain('Geheime camera');
    expect(api.callsOf('chat.postMessage').some((call) => String(call.args.text).includes('```'))).toBe(
      false,
    );
  });

  it('carries no confidential title when asked in a public channel', async () => {
    await harness.command('dewi', '/advies nieuw "Geheime camera" vertrouwelijk');
    await slash('U0ANNA', '/jaarverslag', '2026 markdown', 'C0PUBLIC');
    await api.waitFor('files.completeUploadExternal');
    const [asked] = api.callsOf('files.getUploadURLExternal');
    const file = api.files.get(String(asked!.result.file_id))!;
    expect(file.shared).toEqual(['C0PUBLIC']);
    expect(file.content).not.toContain('Geheime camera');
    expect(file.content).toContain('1 vertrouwelijk verzoek staat niet in deze versie.');
    expect(file.content?.split('\n')[0]).toContain('(openbare versie)');
  });

  it('carries no confidential title when a guest without a declaration is in the channel', async () => {
    api.channelMembers.set('C0PANEL', ['UBOT', 'U0ANNA', 'U0DEWI', 'U0GUEST']);
    await harness.command('dewi', '/advies nieuw "Geheime camera" vertrouwelijk');
    await slash('U0ANNA', '/jaarverslag', '2026 markdown');
    await api.waitFor('files.completeUploadExternal');
    const [asked] = api.callsOf('files.getUploadURLExternal');
    const file = api.files.get(String(asked!.result.file_id))!;
    expect(file.content).not.toContain('Geheime camera');
    expect(file.content).toContain('1 vertrouwelijk verzoek staat niet in deze versie.');
    expect(file.content?.split('\n')[0]).toContain('(openbare versie)');
  });

  it('escapes the comment beside the file, so it can never ping the channel', async () => {
    const adapter = harness.bot.adapter('slack')!;
    await adapter.upload!(
      'C0PANEL',
      { name: 'x.md', title: 'X', mimetype: 'text/markdown', text: '# X' },
      message(paragraph('Zie <!channel> en <https://evil.example|klik hier>')),
    );
    const [complete] = await api.waitFor('files.completeUploadExternal');
    expect(String(complete!.args.initial_comment)).toBe(
      'Zie &lt;!channel&gt; en &lt;https://evil.example|klik hier&gt;',
    );
  });
});

describe('a promise reminder in Slack', () => {
  it('replies in the request’s thread and mentions the member who answered as <@U…>', async () => {
    await slash('U0DEWI', '/advies', 'nieuw Bodycams');
    const [announced] = await api.waitFor('chat.postMessage');
    await harness.bot.idle();
    await harness.command('anna', '/advies stap ADV-1 in-overweging');
    await harness.command('anna', '/advies stap ADV-1 in-gesprek');
    await harness.command('anna', '/advies uitbrengen ADV-1 Advies');
    await harness.command('dewi', '/advies reactie ADV-1 opgevolgd hoe:"zo" termijn:10-12-2026');
    const scheduler = new Scheduler(harness.bot);
    harness.clock.set(new Date('2026-12-03T09:00:00Z'));
    await scheduler.start({ timer: false });
    scheduler.stop();
    const reminder = api
      .callsOf('chat.postMessage')
      .find((call) => JSON.stringify(call.args.blocks).includes('toezegging'));
    expect(reminder?.args.thread_ts).toBe(announced!.result.ts);
    expect(JSON.stringify(reminder?.args.blocks)).toContain('<@U0DEWI>, ⏰ de toezegging bij ADV-2026-001');
  });
});
