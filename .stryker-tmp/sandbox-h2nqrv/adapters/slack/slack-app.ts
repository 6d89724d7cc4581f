// @ts-nocheck
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import { messages } from '../../src/i18n/messages.ts';
import type { Logger } from '../../src/ops/log.ts';
import type { MessageRef } from '../../src/port/events.ts';
import type { Core } from '../../src/port/port.ts';
import { emojiOfName } from '../emoji-names.ts';
import { BODY_LIMIT, guardDoor, IDLE_MS, MAX_CONNECTIONS, SERVER_OPTIONS } from './door.ts';
import { editOf, type SlackMessageChanged } from './edits.ts';
import { slackIdentity } from './identity.ts';
import { formErrors, formModal, formValues, type ModalState } from './modal.ts';
import type { SlackSettings } from './settings.ts';
import { SlackAdapter } from './slack-adapter.ts';
import { checkSlack, slackStartError } from './start-errors.ts';

export interface RunningSlack {
  /** The HTTP port in HTTP mode (useful when started on port 0). */
  readonly port: number | undefined;
  stop(): Promise<void>;
}

interface SlackMessageEvent {
  readonly type: 'message';
  readonly subtype?: string;
  readonly bot_id?: string;
  readonly user?: string;
  readonly text?: string;
  readonly ts: string;
  readonly thread_ts?: string;
  readonly channel: string;
  /** `im` for a direct conversation with the bot. */
  readonly channel_type?: string;
}

interface SlackMembershipEvent {
  readonly user?: string;
  readonly channel?: string;
}

interface SlackReactionEvent {
  readonly user: string;
  readonly reaction: string;
  readonly item: { readonly type: string; readonly channel?: string; readonly ts?: string };
}

/** Message subtypes that are still a person's own message (Events API): with a file, or a thread reply sent to the channel too. */
const PERSONAL_SUBTYPES = new Set(['file_share', 'thread_broadcast']);

/**
 * The Slack app (Bolt): slash commands for every command in the registry, every message a
 * person types where the bot is (channels, threads, its direct conversations), reactions,
 * and the forms that commands declare (`/advies` without words). It only translates
 * Slack's payloads into core events (Slack's user ids, mentions and emoji names into the
 * core's roster ids and Unicode emoji); the core decides what a message is.
 */
export async function startSlack(bot: Core, settings: SlackSettings, logger: Logger): Promise<RunningSlack> {
  // SLACK_APP_TOKEN means Socket Mode (no public endpoint needed); otherwise HTTP with the signing secret.
  const socketMode = settings.appToken !== undefined;
  const lang = bot.config.language;
  let receiver: HTTPReceiver | undefined;
  if (!socketMode) {
    receiver = new HTTPReceiver({
      signingSecret: settings.signingSecret!,
      logLevel: LogLevel.ERROR,
      bodyLimit: BODY_LIMIT,
    });
    receiver.requestListener = guardDoor(receiver.requestListener, settings.signingSecret!);
  }
  // Slack is asked once who the bot is; Bolt then needs no auth.test of its own.
  const who = await checkSlack(settings.botToken, settings.apiUrl, lang, settings.port, logger);
  const app = new App({
    token: settings.botToken,
    ...who,
    tokenVerificationEnabled: false,
    ...(receiver ? { receiver } : { socketMode: true, appToken: settings.appToken }),
    ...(settings.apiUrl ? { clientOptions: { slackApiUrl: settings.apiUrl } } : {}),
    deferInitialization: true,
    logLevel: LogLevel.ERROR,
  });
  await app.init().catch((error: unknown) => {
    throw slackStartError(error, lang, settings.port);
  });
  const invite =
    lang === 'nl'
      ? 'Alleen jij ziet dit: ik zit niet in dit kanaal, dus ik kan hier niets plaatsen. Nodig me uit met /invite @Stadspanel, of typ het commando in het panelkanaal.'
      : 'Only you can see this: I am not in this channel, so I cannot post here. Invite me with /invite @Stadspanel, or type the command in the panel channel.';
  const adapter = new SlackAdapter(
    app.client,
    messages[lang].shortened,
    (userId) => bot.isRostered('slack', userId),
    invite,
  );
  bot.attach(adapter);

  const read = (text: string, botUserId: string | undefined) =>
    slackIdentity.read(text, bot.config.members, botUserId);

  for (const command of bot.commandEntries()) {
    for (const name of command.names) {
      app.command(`/${name}`, async ({ command: slash, ack, client, respond }) => {
        await ack();
        if (command.form && slash.text.trim() === '') {
          await client.views.open({
            trigger_id: slash.trigger_id,
            view: formModal(command.form, lang, slash.channel_id),
          });
          return;
        }
        // In a channel the bot is not in (or a direct message) the answer goes through the response_url.
        await adapter.answeringVia(slash.channel_id, respond, () =>
          bot.receive({
            kind: 'command',
            eventId: `command:${slash.trigger_id}`,
            actor: { platform: 'slack', userId: slash.user_id },
            channel: slash.channel_id,
            text: `/${command.name} ${read(slash.text, undefined).text}`,
            // Slack shows a slash command to nobody but the bot.
            unseen: true,
          }),
        );
      });
    }
  }

  app.event('message', async ({ event, body, context }) => {
    const message = event as unknown as SlackMessageEvent;
    if (message.subtype === 'message_changed') {
      const edit = editOf(event as unknown as SlackMessageChanged, (text) => read(text, context.botUserId));
      if (edit) await bot.receive(edit);
      return;
    }
    // A message with a file attached (a receipt) and a thread reply also sent to the channel are typed by a person too.
    if (message.subtype && !PERSONAL_SUBTYPES.has(message.subtype)) return;
    if (message.bot_id || !message.user || message.user === context.botUserId) return;
    const { text, addressed } = read(message.text ?? '', context.botUserId);
    const here: MessageRef = { platform: 'slack', channel: message.channel, id: message.ts };
    const inThread = message.thread_ts && message.thread_ts !== message.ts;
    // Every message reaches the core, which drops what is not for the bot at once.
    await bot.receive({
      kind: 'message',
      eventId: String((body as { event_id?: string }).event_id ?? message.ts),
      actor: { platform: 'slack', userId: message.user },
      channel: message.channel,
      text,
      message: here,
      ...(addressed ? { addressed } : {}),
      ...(message.channel_type === 'im' ? { direct: true } : {}),
      ...(inThread
        ? { thread: { platform: 'slack', channel: message.channel, id: message.thread_ts! } }
        : {}),
    });
  });

  const onReaction = async (added: boolean, event: unknown, body: unknown, botUserId: string | undefined) => {
    const reaction = event as SlackReactionEvent;
    const { channel, ts } = reaction.item;
    if (reaction.item.type !== 'message' || !channel || !ts || reaction.user === botUserId) return;
    await bot.receive({
      kind: 'reaction',
      eventId: String(
        (body as { event_id?: string }).event_id ?? `${reaction.user}:${ts}:${reaction.reaction}:${added}`,
      ),
      actor: { platform: 'slack', userId: reaction.user },
      channel,
      emoji: emojiOfName(reaction.reaction.split('::')[0]!),
      added,
      target: { platform: 'slack', channel, id: ts },
    });
  };
  app.event('reaction_added', ({ event, body, context }) => onReaction(true, event, body, context.botUserId));
  app.event('reaction_removed', ({ event, body, context }) =>
    onReaction(false, event, body, context.botUserId),
  );

  // Who is in a channel decides whether confidential content may be shown there (afspraak 7c).
  const onMembership = async (joined: boolean, event: unknown, body: unknown, botUserId?: string) => {
    const { user, channel } = event as SlackMembershipEvent;
    if (!user || !channel) return;
    // The bot let into a channel it could not see into: who is there is asked at the next command.
    if (joined && user === botUserId) {
      bot.admitted('slack', channel);
      return;
    }
    if (joined && !(await adapter.isHuman(user).catch(() => true))) return;
    await bot.receive({
      kind: 'membership',
      eventId: String((body as { event_id?: string }).event_id ?? `${user}:${channel}:${joined}`),
      actor: { platform: 'slack', userId: user },
      channel,
      joined,
    });
  };
  app.event('member_joined_channel', ({ event, body, context }) =>
    onMembership(true, event, body, context.botUserId),
  );
  app.event('member_left_channel', ({ event, body }) => onMembership(false, event, body));

  // A command's form (declared in its spec): its submission is the command line it stands for.
  for (const command of bot.commandEntries()) {
    const form = command.form;
    if (!form) continue;
    app.view(form.id, async ({ ack, body, view }) => {
      const values = formValues(form, view.state.values as ModalState);
      const errors = formErrors(form, values, lang);
      if (Object.keys(errors).length > 0) {
        await ack({ response_action: 'errors', errors });
        return;
      }
      await ack();
      await bot.receive({
        kind: 'command',
        eventId: `view:${view.id}`,
        actor: { platform: 'slack', userId: body.user.id },
        channel: view.private_metadata,
        text: form.toCommand(values),
      });
    });
  }

  app.error(async (error) => {
    logger.error('Slack: a request could not be handled', error);
  });

  const server = (await (socketMode ? app.start() : app.start(settings.port, SERVER_OPTIONS)).catch(
    (error: unknown) => {
      throw slackStartError(error, lang, settings.port);
    },
  )) as Server | undefined;
  if (server) {
    server.maxConnections = MAX_CONNECTIONS;
    server.setTimeout(IDLE_MS);
  }
  const address =
    server && typeof server.address === 'function' ? (server.address() as AddressInfo | null) : null;
  watchConnection(bot, app);
  logger.info(
    socketMode
      ? 'Slack: verbonden via Socket Mode.'
      : `Slack: luistert op poort ${address?.port} (/slack/events).`,
  );
  return {
    port: address?.port,
    stop: () => app.stop().then(() => undefined),
  };
}

/**
 * Slack is connected once the app listens (HTTP) or its socket is open (Socket Mode); the
 * socket's own events say when it goes away and comes back (for /healthz).
 */
function watchConnection(bot: Core, app: App): void {
  bot.connection('slack', true);
  const socket = (app as unknown as { receiver?: { client?: NodeJS.EventEmitter } }).receiver?.client;
  socket?.on('connected', () => bot.connection('slack', true));
  socket?.on('disconnected', () => bot.connection('slack', false));
}
