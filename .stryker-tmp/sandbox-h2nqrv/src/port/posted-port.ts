// @ts-nocheck
import type { MessageRef } from './events.ts';
import type { ChatAdapter } from './port.ts';
import type { RichMessage } from './rich-message.ts';

/**
 * An adapter as the core uses it: every message it posts, replies or edits is passed to
 * `posted` once the platform took it (see store/posted.ts), so the bot can find its own
 * messages again. Everything else goes to the adapter as it is.
 */
export function recordingPort(
  adapter: ChatAdapter,
  posted: (ref: MessageRef, message: RichMessage) => Promise<void>,
): ChatAdapter {
  const own: Partial<ChatAdapter> = {
    post: async (channel, message) => {
      const ref = await adapter.post(channel, message);
      await posted(ref, message);
      return ref;
    },
    reply: async (thread, message) => {
      const ref = await adapter.reply(thread, message);
      await posted(ref, message);
      return ref;
    },
    update: async (ref, message) => {
      await adapter.update(ref, message);
      await posted(ref, message);
    },
  };
  return new Proxy(adapter, {
    get(target, key) {
      if (Object.hasOwn(own, key)) return own[key as keyof ChatAdapter];
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
