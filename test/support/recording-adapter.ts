import type { MessageRef, Platform } from '../../src/events.ts';
import type { ChatAdapter } from '../../src/port.ts';
import { type RichMessage, renderText } from '../../src/rich-message.ts';

export interface Sent {
  readonly kind: 'post' | 'reply' | 'update' | 'notice';
  readonly ref: MessageRef;
  readonly text: string;
  readonly message: RichMessage;
}

/** A fake adapter for core tests: records everything the bot says. */
export class RecordingAdapter implements ChatAdapter {
  readonly platform: Platform;
  readonly sent: Sent[] = [];
  #next = 0;

  constructor(platform: Platform = 'shell') {
    this.platform = platform;
  }

  async post(channel: string, message: RichMessage): Promise<MessageRef> {
    const ref = { platform: this.platform, channel, id: String(++this.#next) };
    this.sent.push({ kind: 'post', ref, text: renderText(message), message });
    return ref;
  }

  async reply(thread: MessageRef, message: RichMessage): Promise<MessageRef> {
    const ref = { platform: this.platform, channel: thread.channel, id: String(++this.#next) };
    this.sent.push({ kind: 'reply', ref: thread, text: renderText(message), message });
    return ref;
  }

  async update(ref: MessageRef, message: RichMessage): Promise<void> {
    this.sent.push({ kind: 'update', ref, text: renderText(message), message });
  }

  last(): Sent {
    const sent = this.sent.at(-1);
    if (!sent) throw new Error('Nothing was sent');
    return sent;
  }

  texts(): string[] {
    return this.sent.map((sent) => sent.text);
  }

  clear(): void {
    this.sent.length = 0;
  }
}
