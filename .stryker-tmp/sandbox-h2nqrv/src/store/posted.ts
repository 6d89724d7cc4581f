// @ts-nocheck
import { type FileHandle, open } from 'node:fs/promises';
import type { RichMessage } from '../port/rich-message.ts';
import { appendAll, readTextIfExists, writeFileDurably } from './durable-file.ts';

/**
 * The messages the bot itself posted that show an item or a roster member, kept in
 * `posted.jsonl` beside `db.json`: one line per post, reply or edit, the newest line of a
 * message holding what it shows now. With it the bot finds its own messages again, to
 * edit them: when a former member is forgotten (their name goes out of every message), or
 * when an item becomes confidential. A line is appended after the platform took the
 * message, without a sync of its own (a crash may lose the last lines: those messages
 * are then not found again).
 */
export interface PostedMessage {
  readonly at: string;
  /** The message (`slack:C0PANEL:1700…`). */
  readonly ref: string;
  /** Item ids the message shows. */
  readonly items: readonly string[];
  /** Roster members it names, with the name it used (a member may later leave the roster). */
  readonly members: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  readonly message: RichMessage;
}

export class PostedLog {
  readonly path: string;
  #chain: Promise<unknown> = Promise.resolve();

  constructor(path: string) {
    this.path = path;
  }

  #run<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#chain.then(work);
    this.#chain = run.catch(() => undefined);
    return run;
  }

  /** Adds what a message shows now (a new message, or an edit of one). */
  record(entry: PostedMessage): Promise<void> {
    return this.#run(async () => {
      // Opened for each line: the bot posts now and then, and no handle is left open.
      const handle = await open(this.path, 'a+', 0o600);
      try {
        // A line torn by a crash is ended, so the next one stands on its own.
        if (!(await endsWithNewline(handle))) await appendAll(handle, '\n');
        await appendAll(handle, `${JSON.stringify(entry)}\n`);
      } finally {
        await handle.close();
      }
    });
  }

  /**
   * Every message as it reads now (its newest line), in the order first posted. An item or
   * member shown by an earlier version stays listed with it (the platform may keep that
   * version in the message's history).
   */
  messages(): Promise<PostedMessage[]> {
    return this.#run(() => this.#fold());
  }

  /** The messages that show this item, or name this member. */
  async showing(wanted: { readonly item?: string; readonly member?: string }): Promise<PostedMessage[]> {
    return (await this.messages()).filter(
      (posted) =>
        (wanted.item !== undefined && posted.items.includes(wanted.item)) ||
        (wanted.member !== undefined && posted.members.some((member) => member.id === wanted.member)),
    );
  }

  /**
   * Rewrites the file with one line per message, each passed through `change` (to forget a
   * member: no older version with their name stays on disk); a message for which `change`
   * gives nothing is no longer kept. Replaced atomically.
   */
  rewrite(change: (posted: PostedMessage) => PostedMessage | undefined): Promise<void> {
    return this.#run(async () => {
      const all = await this.#fold();
      if (all.length === 0 && (await readTextIfExists(this.path)) === null) return;
      const kept = all.flatMap((posted) => {
        const next = change(posted);
        return next ? [`${JSON.stringify(next)}\n`] : [];
      });
      await writeFileDurably(this.path, kept, 0o600);
    });
  }

  async #fold(): Promise<PostedMessage[]> {
    const text = (await readTextIfExists(this.path)) ?? '';
    const byRef = new Map<string, PostedMessage>();
    for (const line of text.split('\n')) {
      const posted = parse(line);
      if (!posted) continue;
      const earlier = byRef.get(posted.ref);
      byRef.set(
        posted.ref,
        earlier
          ? {
              ...posted,
              items: [...new Set([...earlier.items, ...posted.items])],
              members: [
                ...earlier.members,
                ...posted.members.filter(
                  (member) =>
                    !earlier.members.some((seen) => seen.id === member.id && seen.name === member.name),
                ),
              ],
            }
          : posted,
      );
    }
    return [...byRef.values()];
  }

  /** Resolves when what was recorded so far is written. */
  settled(): Promise<void> {
    return this.#run(async () => {});
  }
}

async function endsWithNewline(handle: FileHandle): Promise<boolean> {
  const { size } = await handle.stat();
  if (size === 0) return true;
  const last = Buffer.alloc(1);
  await handle.read(last, 0, 1, size - 1);
  return last[0] === 0x0a;
}

/** A line of the file; a torn or damaged one (a crash during an append) is skipped. */
function parse(line: string): PostedMessage | undefined {
  if (line.trim() === '') return undefined;
  try {
    const posted = JSON.parse(line) as Partial<PostedMessage> | null;
    if (!posted || typeof posted.ref !== 'string' || !posted.message || !Array.isArray(posted.message.blocks))
      return undefined;
    return {
      at: posted.at ?? '',
      ref: posted.ref,
      items: posted.items ?? [],
      members: posted.members ?? [],
      message: posted.message,
    };
  } catch {
    return undefined;
  }
}
