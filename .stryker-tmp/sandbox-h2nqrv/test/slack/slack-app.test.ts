// @ts-nocheck
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RunningSlack } from '../../adapters/slack/slack-app.ts';
import type { FakeSlackApi } from '../fakes/slack-api.ts';
import { type Harness, testConfig } from '../support/harness.ts';
import { startSlackBot, stopSlackBot } from '../support/slack-bot.ts';
import { eventCallback, interaction, sendToSlackEndpoint, slashCommand } from '../support/slack-requests.ts';

const SIGNED = '2026-01-15';
const members = [
  {
    id: 'anna',
    name: 'Anna de Vries',
    roles: ['panel', 'voorzitter'],
    slack: 'U0ANNA',
    geheimhouding: SIGNED,
  },
  { id: 'chris', name: 'Chris Bakker', roles: ['panel'], slack: 'U0CHRIS', geheimhouding: SIGNED },
  { id: 'dewi', name: 'Dewi Jansen', roles: ['gemeente'], slack: 'U0DEWI', geheimhouding: SIGNED },
  {
    id: 'fleur',
    name: 'Fleur Smit',
    roles: ['gemeente', 'programmamanager'],
    slack: 'U0FLEUR',
    geheimhouding: SIGNED,
  },
  { id: 'erik', name: 'Erik Bos', roles: ['panel'], slack: 'U0ERIK' },
];
const PANEL = ['UBOT', 'U0ANNA', 'U0CHRIS', 'U0DEWI', 'U0FLEUR'];
const channels = { panel: { slack: 'C0PANEL' }, openbaar: { slack: 'C0PUBLIC', public: true } };

let api: FakeSlackApi;
let harness: Harness;
let slack: RunningSlack;
let port: number;

beforeEach(async () => {
  ({ api, harness, slack } = await startSlackBot(testConfig({ members, channels }), { C0PANEL: PANEL }));
  port = slack.port!;
});
afterEach(async () => {
  await stopSlackBot({ slack, harness, api });
});

async function slash(user: string, command: string, text: string) {
  return sendToSlackEndpoint(
    port,
    slashCommand({ command, text, user, channel: 'C0PANEL' }),
    'application/x-www-form-urlencoded',
  );
}

async function event(body: Record<string, unknown>, eventId?: string, headers?: Record<string, string>) {
  return sendToSlackEndpoint(
    port,
    eventCallback(body, eventId),
    'application/json',
    headers ? { headers } : {},
  );
}

describe('the Slack app', () => {
  it('calls auth.test when it is built', () => {
    expect(api.callsOf('auth.test')).toHaveLength(1);
    expect(api.callsOf('auth.test')[0]!.token).toBe('xoxb-test-token');
  });

  it('acknowledges a signed slash command at once and posts the new request in the channel', async () => {
    const response = await slash('U0DEWI', '/advies', 'nieuw "Bodycams voor handhavers" thema:privacy');
    expect(response.status).toBe(200);
    expect(response.ms).toBeLessThan(3_000);
    const [post] = await api.waitFor('chat.postMessage');
    expect(post!.args.channel).toBe('C0PANEL');
    expect(post!.args.text).toContain('ADV-2026-001: Bodycams voor handhavers');
    expect(JSON.stringify(post!.args.blocks)).toContain('"type":"header"');
    await harness.bot.idle();
    expect(harness.store.db.adviceRequests[0]!.message).toMatch(/^slack:C0PANEL:\d+\.000100$/);
  });

  it('refuses a wrong signature and a stale timestamp, and changes nothing', async () => {
    const body = slashCommand({
      command: '/advies',
      text: 'nieuw Vervalst',
      user: 'U0DEWI',
      channel: 'C0PANEL',
    });
    const forged = await sendToSlackEndpoint(port, body, 'application/x-www-form-urlencoded', {
      secret: 'wrong',
    });
    const stale = await sendToSlackEndpoint(port, body, 'application/x-www-form-urlencoded', {
      timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
    });
    expect(forged.status).toBe(401);
    expect(stale.status).toBe(401);
    await harness.bot.idle();
    expect(harness.store.db.adviceRequests).toHaveLength(0);
    expect(api.callsOf('chat.postMessage')).toHaveLength(0);
  });

  it('escapes &, < and > in every text it sends, the notification fallback included', async () => {
    const title =
      'GEHEIM <!channel> <https://evil.example|klik hier> <@U0ANNA> <#C0PANEL> <!here> & <!everyone>';
    await slash('U0DEWI', '/advies', `nieuw "${title}"`);
    const [post] = await api.waitFor('chat.postMessage');
    await harness.bot.idle();
    await slash('U0ANNA', '/advies', 'stap ADV-1 in-overweging');
    const [update] = await api.waitFor('chat.update');
    await slash('U0CHRIS', '/advies', 'stap ADV-1 in-gesprek');
    const [notice] = await api.waitFor('chat.postEphemeral');
    // Header blocks are plain_text, which Slack never reads as markup; everything else is mrkdwn.
    const mrkdwn = (blocks: unknown) =>
      (blocks as Array<{ type: string }>).filter((block) => block.type !== 'header');
    for (const call of [post!, update!]) {
      const sent = `${call.args.text as string}\n${JSON.stringify(mrkdwn(call.args.blocks))}`;
      expect(sent).not.toMatch(/<[!@#h]/);
      expect(call.args.text).toContain('GEHEIM &lt;!channel&gt; &lt;https://evil.example|klik hier&gt;');
      expect(call.args.text).toContain('&amp; &lt;!everyone&gt;');
    }
    expect(JSON.stringify(notice!.args)).not.toMatch(/<[!@#h]/);
  });

  it('answers a mistake with an ephemeral message to the person who typed it', async () => {
    await slash('U0CHRIS', '/advies', 'nieuw Iets');
    const [notice] = await api.waitFor('chat.postEphemeral');
    expect(notice!.args).toMatchObject({ channel: 'C0PANEL', user: 'U0CHRIS' });
    expect(notice!.args.text).toContain('Dit mag alleen de gemeente, de voorzitter of de secretaris');
    await slash('U0STRANGER', '/besluit', 'Iets');
    const notices = await api.waitFor('chat.postEphemeral', 2);
    expect(notices[1]!.args.text).toContain('niet in de ledenlijst');
    expect(api.callsOf('chat.postMessage')).toHaveLength(0);
  });

  it("approves an expense on an approver's reaction_added, updating the message in place", async () => {
    await slash('U0CHRIS', '/uitgave', '45,20 reis Trein naar Utrecht');
    const [post] = await api.waitFor('chat.postMessage');
    await harness.bot.idle();
    const ts = String((await harness.store.db.expenses[0]!.message)!.split(':')[2]);
    const item = { type: 'message', channel: 'C0PANEL', ts };
    await event({
      type: 'reaction_added',
      user: 'U0CHRIS',
      reaction: 'white_check_mark',
      item,
      item_user: 'UBOT',
      event_ts: '1',
    });
    await event({
      type: 'reaction_added',
      user: 'U0DEWI',
      reaction: 'heavy_check_mark',
      item,
      item_user: 'UBOT',
      event_ts: '2',
    });
    await harness.bot.idle();
    await api.waitFor('chat.postMessage', 3);
    expect(harness.store.db.expenses[0]!.step).toBe('aangevraagd');
    expect(api.callsOf('chat.update')).toHaveLength(0);
    await event({
      type: 'reaction_added',
      user: 'U0FLEUR',
      reaction: 'white_check_mark',
      item,
      item_user: 'UBOT',
      event_ts: '3',
    });
    const [update] = await api.waitFor('chat.update');
    expect(update!.args).toMatchObject({ channel: 'C0PANEL', ts });
    expect(update!.args.text).toContain('Goedgekeurd door: Fleur Smit');
    const replies = (await api.waitFor('chat.postMessage', 4)).filter((call) => call.args.thread_ts === ts);
    expect(replies.at(-1)!.args.text).toContain('goedgekeurd door Fleur Smit. Chris Bakker');
    expect(post!.args.channel).toBe('C0PANEL');
    expect(harness.store.db.expenses[0]!.step).toBe('goedgekeurd');
  });

  it('does not double anything when Slack retries an event', async () => {
    const text = '!besluit Retry test';
    await slash('U0DEWI', '/advies', 'nieuw Druktemeter');
    await api.waitFor('chat.postMessage');
    await harness.bot.idle();
    const ts = harness.store.db.adviceRequests[0]!.message!.split(':')[2]!;
    const message = {
      type: 'message',
      user: 'U0ANNA',
      text,
      ts: '1800000000.000001',
      thread_ts: ts,
      channel: 'C0PANEL',
      channel_type: 'channel',
    };
    await event(message, 'EvRETRY1');
    await event(message, 'EvRETRY1', { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    await harness.bot.idle();
    expect(harness.store.db.decisions).toHaveLength(1);
  });

  it('takes !besluit in a thread as a command for that thread’s item, answering in the thread', async () => {
    await slash('U0DEWI', '/advies', 'nieuw Druktemeter');
    await api.waitFor('chat.postMessage');
    await harness.bot.idle();
    const ts = harness.store.db.adviceRequests[0]!.message!.split(':')[2]!;
    await event({
      type: 'message',
      user: 'U0ANNA',
      text: '!besluit We adviseren positief',
      ts: '1800000000.000002',
      thread_ts: ts,
      channel: 'C0PANEL',
    });
    await event({
      type: 'message',
      user: 'U0ANNA',
      text: '<@UBOT> advies stap in-overweging',
      ts: '1800000000.000003',
      thread_ts: ts,
      channel: 'C0PANEL',
    });
    await event({
      type: 'message',
      user: 'U0ANNA',
      text: 'gewoon een reactie',
      ts: '1800000000.000004',
      thread_ts: ts,
      channel: 'C0PANEL',
    });
    await event({
      type: 'message',
      bot_id: 'B0BOT',
      user: 'UBOT',
      text: '!besluit van mezelf',
      ts: '1800000000.000005',
      thread_ts: ts,
      channel: 'C0PANEL',
    });
    await harness.bot.idle();
    expect(harness.store.db.decisions).toMatchObject([
      { about: 'ADV-2026-001', text: 'We adviseren positief' },
    ]);
    expect(harness.store.db.adviceRequests[0]!.step).toBe('in-overweging');
    const inThread = api.callsOf('chat.postMessage').filter((call) => call.args.thread_ts === ts);
    expect(inThread.map((call) => call.args.text)).toEqual([
      expect.stringContaining('Besluit BES-2026-001 vastgelegd bij ADV-2026-001'),
      expect.stringContaining("staat nu op 'in overweging'"),
    ]);
  });

  it('opens the form for /advies without words, and its submission opens the request', async () => {
    await slash('U0DEWI', '/advies', '');
    const [open] = await api.waitFor('views.open');
    const view = open!.args.view as { callback_id: string; private_metadata: string };
    expect(view.callback_id).toBe('advies_nieuw');
    const submission = interaction({
      type: 'view_submission',
      team: { id: 'T0PANEL' },
      user: { id: 'U0DEWI' },
      api_app_id: 'A0APP',
      token: 'legacy',
      trigger_id: 'trigger-view',
      view: {
        id: 'V0VIEW',
        callback_id: 'advies_nieuw',
        private_metadata: view.private_metadata,
        state: {
          values: {
            title: { value: { type: 'plain_text_input', value: 'ANPR-camera\'s "proef"' } },
            themes: {
              value: {
                type: 'multi_static_select',
                selected_options: [{ value: 'privacy' }, { value: 'dataveiligheid' }],
              },
            },
            development: { value: { type: 'plain_text_input', value: null } },
            confidential: { value: { type: 'checkboxes', selected_options: [{ value: 'vertrouwelijk' }] } },
          },
        },
      },
    });
    const response = await sendToSlackEndpoint(port, submission, 'application/x-www-form-urlencoded');
    expect(response.status).toBe(200);
    await api.waitFor('chat.postMessage');
    await harness.bot.idle();
    expect(harness.store.db.adviceRequests[0]).toMatchObject({
      title: "ANPR-camera's 'proef'",
      themes: ['privacy', 'dataveiligheid'],
      confidentiality: 'vertrouwelijk',
      openedBy: 'dewi',
    });
  });

  it('refuses a form without a title, in the form', async () => {
    const submission = interaction({
      type: 'view_submission',
      team: { id: 'T0PANEL' },
      user: { id: 'U0DEWI' },
      api_app_id: 'A0APP',
      view: {
        id: 'V0VIEW2',
        callback_id: 'advies_nieuw',
        private_metadata: 'C0PANEL',
        state: { values: { title: { value: { value: '  ' } } } },
      },
    });
    const response = await sendToSlackEndpoint(port, submission, 'application/x-www-form-urlencoded');
    expect(JSON.parse(response.text)).toEqual({
      response_action: 'errors',
      errors: { title: 'Geef het verzoek een titel.' },
    });
  });
});

describe('who may read confidential content in Slack (afspraak 7c)', () => {
  const secret = async () => {
    await slash('U0DEWI', '/advies', 'nieuw "Stille pilot Zuidpark" vertrouwelijk');
    await api.waitFor('chat.postMessage');
    await harness.bot.idle();
  };
  const lastPost = () => String(api.callsOf('chat.postMessage').at(-1)!.args.text);

  it('shows it in a channel whose humans all signed, bots not counted', async () => {
    api.bots.add('U0OTHERAPP');
    api.channelMembers.set('C0PANEL', [...PANEL, 'U0OTHERAPP']);
    await secret();
    await slash('U0CHRIS', '/advies', 'lijst alle');
    await api.waitFor('chat.postMessage', 2);
    expect(lastPost()).toContain('Stille pilot Zuidpark');
    expect(api.callsOf('conversations.members').length).toBeGreaterThan(1); // page by page
  });

  it('counts only, and refuses privately, with someone unrostered or unsigned in the channel', async () => {
    await secret();
    api.channelMembers.set('C0PANEL', [...PANEL, 'U0GUEST']);
    await harness.bot.members.change(harness.bot.adapter('slack'), 'slack', 'C0PANEL', 'U0GUEST', true);
    await slash('U0CHRIS', '/advies', 'lijst alle');
    await api.waitFor('chat.postMessage', 2);
    expect(lastPost()).not.toContain('Zuidpark');
    expect(lastPost()).toContain('1 adviesverzoek niet getoond');
    await slash('U0ANNA', '/advies', 'toon ADV-1');
    const [refusal] = await api.waitFor('chat.postEphemeral');
    expect(refusal!.args).toMatchObject({ channel: 'C0PANEL', user: 'U0ANNA' });
    expect(refusal!.args.text).toContain('U0GUEST');
    expect(refusal!.args.text).not.toContain('Zuidpark');
    await slash('U0ERIK', '/advies', 'toon ADV-1');
    const notices = await api.waitFor('chat.postEphemeral', 2);
    expect(notices[1]!.args).toMatchObject({ user: 'U0ERIK' });
    expect(notices[1]!.args.text).toContain('nog niet getekend');
    expect(api.callsOf('chat.postMessage')).toHaveLength(2);
  });

  it('keeps membership current from join and leave events, and tells the chair once per newcomer', async () => {
    await secret();
    await slash('U0CHRIS', '/advies', 'lijst alle');
    await api.waitFor('chat.postMessage', 2);
    expect(lastPost()).toContain('Zuidpark');
    const asked = api.callsOf('conversations.members').length;
    const join = { type: 'member_joined_channel', user: 'U0GUEST', channel: 'C0PANEL', channel_type: 'C' };
    api.bots.add('U0OTHERAPP');
    await event({ ...join, user: 'U0OTHERAPP' }, 'EvJOIN0');
    await event(join, 'EvJOIN1');
    await event(join, 'EvJOIN1');
    await event(join, 'EvJOIN2');
    const [, , notice] = await api.waitFor('chat.postMessage', 3);
    expect(notice!.args.channel).toBe('C0PANEL');
    expect(notice!.args.text).toContain(
      '👋 Anna de Vries: U0GUEST zit nu in panel en staat niet in de ledenlijst',
    );
    await slash('U0CHRIS', '/advies', 'lijst alle');
    await api.waitFor('chat.postMessage', 4);
    expect(lastPost()).not.toContain('Zuidpark');
    const notices = api.callsOf('chat.postMessage').filter((call) => String(call.args.text).includes('👋'));
    expect(notices).toHaveLength(1);
    expect(api.callsOf('conversations.members')).toHaveLength(asked); // a join is taken at its word
    api.channelMembers.set('C0PANEL', PANEL);
    await event({ ...join, type: 'member_left_channel' }, 'EvLEAVE1');
    await slash('U0CHRIS', '/advies', 'lijst alle');
    await api.waitFor('chat.postMessage', 5);
    expect(lastPost()).toContain('Zuidpark');
    // A leave is checked with Slack once: conversations.members is asked again, one page walk.
    const walk = Math.ceil(PANEL.length / api.pageSize);
    expect(api.callsOf('conversations.members')).toHaveLength(asked + walk);
    await slash('U0CHRIS', '/advies', 'lijst alle');
    await api.waitFor('chat.postMessage', 6);
    expect(api.callsOf('conversations.members')).toHaveLength(asked + walk);
  });

  it('is not fooled by a leave that arrives after the rejoin (join, leave, join out of order)', async () => {
    await secret();
    await slash('U0CHRIS', '/advies', 'lijst alle');
    await api.waitFor('chat.postMessage', 2);
    const join = { type: 'member_joined_channel', user: 'U0GUEST', channel: 'C0PANEL', channel_type: 'C' };
    // The guest joins, leaves and joins again; Slack retries the leave and delivers it last.
    api.channelMembers.set('C0PANEL', [...PANEL, 'U0GUEST']);
    await event(join, 'EvJOIN1');
    await event(join, 'EvJOIN3');
    await event({ ...join, type: 'member_left_channel' }, 'EvLEAVE2');
    await api.waitFor('chat.postMessage', 3); // the chair's notice
    await harness.bot.idle();
    await slash('U0CHRIS', '/advies', 'lijst alle');
    // Wait for the second list itself: under load another post may come first.
    const lists = async () =>
      (await api.waitFor('chat.postMessage', 4)).filter((call) =>
        String(call.args.text).includes('Adviesverzoeken (alle)'),
      );
    await vi.waitFor(async () => expect(await lists()).toHaveLength(2), { timeout: 10_000 });
    expect(String((await lists()).at(-1)!.args.text)).toContain('1 adviesverzoek niet getoond');
    expect(
      api
        .callsOf('chat.postMessage')
        .map((call) => String(call.args.text))
        .slice(2)
        .join('\n'),
    ).not.toContain('Zuidpark');
  });

  it('counts only when Slack cannot say who is in the channel', async () => {
    api.channelMembers.delete('C0PANEL');
    await slash('U0DEWI', '/advies', 'nieuw "Openbaar verzoek"');
    await api.waitFor('chat.postMessage');
    await slash('U0DEWI', '/advies', 'nieuw "Stille pilot Zuidpark" vertrouwelijk');
    const [refusal] = await api.waitFor('chat.postEphemeral');
    expect(refusal!.args.text).toContain('kan niet nagaan wie er in dit kanaal zit');
    await harness.bot.idle();
    expect(harness.store.db.adviceRequests).toHaveLength(1);
  });

  it('asks Slack again after a failed lookup only after a while, or once the bot is invited', async () => {
    api.channelMembers.delete('C0PANEL');
    const asked = () => api.callsOf('conversations.members').length;
    for (const title of ['Een', 'Twee', 'Drie']) {
      await slash('U0DEWI', '/advies', `nieuw "${title}"`);
      await harness.bot.idle();
    }
    expect(asked()).toBe(1);
    // Five minutes on, Slack is asked again; still unknown, so still treated as public.
    harness.clock.set(new Date(harness.clock.now().getTime() + 5 * 60_000));
    await slash('U0DEWI', '/advies', 'nieuw "Vier"');
    await harness.bot.idle();
    expect(asked()).toBe(2);
    // The bot is invited into the channel: the next command asks at once, and now knows.
    api.channelMembers.set('C0PANEL', [...PANEL]);
    const invited = { type: 'member_joined_channel', user: 'UBOT', channel: 'C0PANEL', channel_type: 'G' };
    await event(invited, 'EvINVITED');
    await harness.bot.idle();
    await slash('U0DEWI', '/advies', 'nieuw "Stille pilot Zuidpark" vertrouwelijk');
    await api.waitFor('chat.postMessage', 5);
    expect(api.callsOf('chat.postEphemeral')).toHaveLength(0);
    expect(String(api.callsOf('chat.postMessage').at(-1)!.args.text)).toContain('Stille pilot Zuidpark');
  });
});

function changed(ts: string, before: string, after: string, thread?: string) {
  const message = (text: string) => ({
    type: 'message',
    user: 'U0ANNA',
    text,
    ts,
    ...(thread ? { thread_ts: thread } : {}),
  });
  return event({
    type: 'message',
    subtype: 'message_changed',
    hidden: true,
    channel: 'C0PANEL',
    ts: `${ts}9`,
    message: { ...message(after), edited: { user: 'U0ANNA', ts: `${ts}9` } },
    previous_message: message(before),
  });
}

describe('Slack: an edited command', () => {
  it('is not run again, and is answered once in its thread', async () => {
    await slash('U0DEWI', '/advies', 'nieuw Druktemeter');
    await api.waitFor('chat.postMessage');
    await harness.bot.idle();
    const root = harness.store.db.adviceRequests[0]!.message!.split(':')[2]!;
    const ts = '1800000000.000002';
    await event({
      type: 'message',
      user: 'U0ANNA',
      text: '!besluit We adviseren positief',
      ts,
      thread_ts: root,
      channel: 'C0PANEL',
    });
    await changed(ts, '!besluit We adviseren positief', '!besluit We adviseren negatief', root);
    await changed(ts, '!besluit We adviseren negatief', '!besluit We adviseren neutraal', root);
    await harness.bot.idle();
    expect(harness.store.db.decisions.map((decision) => decision.text)).toEqual(['We adviseren positief']);
    const answers = api
      .callsOf('chat.postMessage')
      .filter((call) => String(call.args.text).includes('aangepast commando voert de bot niet uit'));
    expect(answers).toHaveLength(1);
    expect(answers[0]!.args.thread_ts).toBe(root);
  });

  it('says nothing when Slack reports a change that did not change the text (a new thread reply)', async () => {
    const ts = '1800000000.000003';
    await event({ type: 'message', user: 'U0ANNA', text: '!besluit Los besluit', ts, channel: 'C0PANEL' });
    await changed(ts, '!besluit Los besluit', '!besluit Los besluit');
    await changed(ts, 'gewoon praten', 'nog steeds gewoon praten');
    await harness.bot.idle();
    const answers = api
      .callsOf('chat.postMessage')
      .filter((call) => String(call.args.text).includes('aangepast commando'));
    expect(answers).toHaveLength(0);
    await changed(ts, '!besluit Los besluit', '!besluit Los besluit, met een tikfout minder');
    await harness.bot.idle();
    const after = api
      .callsOf('chat.postMessage')
      .filter((call) => String(call.args.text).includes('aangepast commando'));
    expect(after).toHaveLength(1);
    expect(after[0]!.args.thread_ts).toBe(ts);
  });
});
