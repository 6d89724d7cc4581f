// @ts-nocheck
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlackCall {
  readonly method: string;
  readonly args: Record<string, unknown>;
  readonly token: string | undefined;
  /** What the fake answered. */
  result: Record<string, unknown>;
}

/**
 * A small fake of Slack's Web API on a loopback port: it records every call and answers
 * like Slack does (`{ ok: true, … }`) for the methods the bot uses. Form bodies are
 * decoded the way Slack does, JSON-encoded fields (blocks, view) included.
 */
export class FakeSlackApi {
  readonly calls: SlackCall[] = [];
  readonly botUserId = 'UBOT';
  /** Who is in each channel (`conversations.members`); a channel not here is `channel_not_found`. */
  readonly channelMembers = new Map<string, string[]>();
  /** Channels that anyone in the workspace can find and join (`conversations.info` says `is_private: false`); others are private. */
  readonly publicChannels = new Set<string>();
  /** Users that are bots or app users (`users.info` says `is_bot`); the bot itself always is. */
  readonly bots = new Set<string>();
  /** Page size of `conversations.members` when the caller asks for more, to exercise the cursor. */
  pageSize = 2;
  /** Tokens Slack answers with `invalid_auth`, as it does for a revoked or mistyped token. */
  readonly refusedTokens = new Set<string>();
  /** Told of every Web API call as it arrives (the benchmark times replies with it). */
  onCall: ((call: SlackCall) => void) | undefined;
  /**
   * Files uploaded the way files.uploadV2 does it: `files.getUploadURLExternal` hands out
   * an upload URL, the bytes are POSTed there (multipart, field `body`), and
   * `files.completeUploadExternal` shares the file in a channel.
   */
  readonly files = new Map<
    string,
    { filename: string; length: number; content?: string; shared: string[] }
  >();
  /** Channels the bot is not a member of: posting there answers `not_in_channel`, as Slack does. */
  readonly channelsWithoutBot = new Set<string>();
  /**
   * Web API methods answered with HTTP 429 and `Retry-After: 1` (seconds) the next few
   * times they are called, as Slack rate-limits a method (method → how many times).
   */
  readonly rateLimits = new Map<string, number>();
  #server: Server | undefined;
  #origin = '';
  #ts = 1_700_000_000;
  #fileNumber = 0;

  async start(): Promise<string> {
    this.#server = createServer((request, response) => {
      const method = (request.url ?? '').replace(/^\/api\//, '').split('?')[0]!;
      const limited = this.rateLimits.get(method) ?? 0;
      if (limited > 0) {
        this.rateLimits.set(method, limited - 1);
        this.calls.push({ method, args: {}, token: undefined, result: { ok: false, error: 'ratelimited' } });
        request.resume();
        response.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' });
        response.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
        return;
      }
      const answer = request.url?.startsWith('/upload/')
        ? this.#upload(request)
        : request.url?.startsWith('/response/')
          ? this.#response(request)
          : this.#handle(request);
      void answer.then((body) => {
        response.writeHead(200, {
          'content-type': typeof body === 'string' ? 'text/plain' : 'application/json',
        });
        response.end(typeof body === 'string' ? body : JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    this.#origin = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
    return `${this.#origin}/api/`;
  }

  /** The external upload URL: takes the file's bytes from the multipart field `body`. */
  async #upload(request: IncomingMessage): Promise<string> {
    const id = (request.url ?? '').split('/').at(-1)!;
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const form = await new Request(`${this.#origin}${request.url}`, {
      method: 'POST',
      headers: { 'content-type': request.headers['content-type'] ?? '' },
      body: Buffer.concat(chunks),
    }).formData();
    const part = form.get('body');
    const file = this.files.get(id);
    if (file && part instanceof Blob) file.content = await part.text();
    return `OK - ${file?.content?.length ?? 0}`;
  }

  /** A slash command's response_url (JSON body), recorded as a call of `response_url`. */
  async #response(request: IncomingMessage): Promise<string> {
    const args = JSON.parse(await read(request)) as Record<string, unknown>;
    const invalid = invalidBlocks(args.blocks);
    this.calls.push({
      method: 'response_url',
      args,
      token: undefined,
      result: invalid ? { ok: false, error: 'invalid_blocks' } : { ok: true },
    });
    return invalid ? 'invalid_blocks' : 'ok';
  }

  /** The response_url Slack would send with a slash command, on this fake. */
  responseUrl(id: string): string {
    return `${this.#origin}/response/${id}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()));
  }

  callsOf(method: string): SlackCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Waits until a call to `method` has been made `count` times (the bot works after its ack). */
  async waitFor(method: string, count = 1, timeoutMs = 5_000): Promise<SlackCall[]> {
    const until = Date.now() + timeoutMs;
    while (this.callsOf(method).length < count) {
      if (Date.now() > until)
        throw new Error(
          `No ${count}× ${method} within ${timeoutMs} ms; calls: ${this.calls.map((c) => c.method).join(', ')}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return this.callsOf(method);
  }

  /** The bot's own reactions, as `channel|timestamp|name`. */
  readonly reactions = new Set<string>();

  async #handle(request: IncomingMessage): Promise<Record<string, unknown>> {
    const method = (request.url ?? '').replace(/^\/api\//, '').split('?')[0]!;
    const body = await read(request);
    const args = decode(body, request.headers['content-type'] ?? '');
    const token =
      request.headers.authorization?.replace(/^Bearer /, '') ?? (args.token as string | undefined);
    const call: SlackCall = { method, args, token, result: {} };
    this.calls.push(call);
    const invalid = method.startsWith('chat.') && invalidBlocks(args.blocks);
    call.result =
      token && this.refusedTokens.has(token)
        ? { ok: false, error: 'invalid_auth' }
        : invalid
          ? { ok: false, error: 'invalid_blocks', errors: [invalid] }
          : this.#answer(method, args);
    this.onCall?.(call);
    return call.result;
  }

  /** Direct messages with a person and channels the bot was not invited to. */
  /** Direct conversations the bot opened with `conversations.open`: it may post in them. */
  readonly openedIms = new Set<string>();

  #outside(channel: unknown): boolean {
    return (
      typeof channel === 'string' &&
      ((channel.startsWith('D') && !this.openedIms.has(channel)) || this.channelsWithoutBot.has(channel))
    );
  }

  #answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://panel.slack.com/',
          team: 'Panel',
          user: 'stadspanel',
          team_id: 'T0PANEL',
          user_id: this.botUserId,
          bot_id: 'B0BOT',
        };
      case 'chat.postMessage': {
        if (this.#outside(args.channel)) return { ok: false, error: 'not_in_channel' };
        const ts = `${this.#ts++}.000100`;
        return { ok: true, channel: args.channel, ts, message: { text: args.text, ts } };
      }
      case 'chat.update':
        return { ok: true, channel: args.channel, ts: args.ts, text: args.text };
      case 'chat.postEphemeral':
        if (this.#outside(args.channel)) return { ok: false, error: 'not_in_channel' };
        return { ok: true, message_ts: `${this.#ts++}.000200` };
      case 'conversations.open': {
        // https://api.slack.com/methods/conversations.open: `users` (one id) opens or resumes an IM.
        const users = String(args.users ?? '');
        if (!/^[UW][A-Z0-9]+$/.test(users)) return { ok: false, error: 'user_not_found' };
        const id = `D${users.slice(1)}`;
        this.openedIms.add(id);
        return { ok: true, channel: { id } };
      }
      case 'conversations.info': {
        const id = String(args.channel);
        if (!this.channelMembers.has(id)) return { ok: false, error: 'channel_not_found' };
        const open = this.publicChannels.has(id);
        return {
          ok: true,
          channel: { id, is_channel: true, is_group: false, is_im: false, is_private: !open },
        };
      }
      case 'conversations.members': {
        const members = this.channelMembers.get(String(args.channel));
        if (!members) return { ok: false, error: 'channel_not_found' };
        const start = Number(args.cursor ? Buffer.from(String(args.cursor), 'base64').toString() : 0);
        const size = Math.min(Number(args.limit ?? 100), this.pageSize);
        const next =
          start + size < members.length ? Buffer.from(String(start + size)).toString('base64') : '';
        return {
          ok: true,
          members: members.slice(start, start + size),
          response_metadata: { next_cursor: next },
        };
      }
      case 'users.info': {
        const id = String(args.user);
        const isBot = id === this.botUserId || this.bots.has(id);
        return {
          ok: true,
          user: { id, name: id.toLowerCase(), deleted: false, is_bot: isBot, is_app_user: false },
        };
      }
      case 'views.open':
        return { ok: true, view: { id: 'V0VIEW' } };
      case 'reactions.add': {
        // https://api.slack.com/methods/reactions.add: channel, timestamp and name (without colons).
        if (!args.channel || !args.timestamp || !args.name) return { ok: false, error: 'invalid_arguments' };
        if (this.#outside(args.channel)) return { ok: false, error: 'not_in_channel' };
        const key = `${args.channel}|${args.timestamp}|${args.name}`;
        if (this.reactions.has(key)) return { ok: false, error: 'already_reacted' };
        this.reactions.add(key);
        return { ok: true };
      }
      case 'files.getUploadURLExternal': {
        const id = `F0FILE${++this.#fileNumber}`;
        this.files.set(id, { filename: String(args.filename), length: Number(args.length), shared: [] });
        return { ok: true, upload_url: `${this.#origin}/upload/v1/${id}`, file_id: id };
      }
      case 'files.completeUploadExternal': {
        const listed = (args.files ?? []) as Array<{ id: string; title?: string }>;
        const unknown = listed.find((entry) => !this.files.get(entry.id)?.content);
        if (unknown) return { ok: false, error: 'file_not_found' };
        for (const entry of listed)
          if (args.channel_id) this.files.get(entry.id)!.shared.push(String(args.channel_id));
        return { ok: true, files: listed.map((entry) => ({ id: entry.id, title: entry.title })) };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}

function read(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    request.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
    });
    request.on('end', () => resolve(text));
  });
}

function decode(body: string, contentType: string): Record<string, unknown> {
  if (contentType.includes('json')) return JSON.parse(body || '{}') as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    args[key] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return args;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * What Slack refuses in a message's blocks (Block Kit reference): more than 50 blocks, a
 * section text over 3,000 characters, a header over 150, a context over 10 elements.
 */
function invalidBlocks(blocks: unknown): string | undefined {
  if (blocks === undefined) return undefined;
  const list = blocks as Array<{
    type: string;
    text?: { text: string };
    elements?: Array<{ text?: string }>;
  }>;
  if (list.length > 50) return `no more than 50 items allowed [json-pointer:/blocks]`;
  for (const [index, block] of list.entries()) {
    const limit = block.type === 'header' ? 150 : 3_000;
    if ((block.text?.text.length ?? 0) > limit)
      return `must be less than ${limit + 1} characters [json-pointer:/blocks/${index}/text]`;
    if ((block.elements?.length ?? 0) > 10)
      return `no more than 10 items allowed [json-pointer:/blocks/${index}]`;
    for (const element of block.elements ?? [])
      if ((element.text?.length ?? 0) > 3_000)
        return `must be less than 3001 characters [json-pointer:/blocks/${index}/elements]`;
  }
  return undefined;
}
