/**
 * The shell's line syntax (docs/ARCHITECTURE.md, "The shell"), as a pure function:
 *   text                      a message by the current member in the current channel
 *   @<member>: text           the same, as that member (roster id or name)
 *   #N> text                  a reply in the thread of message N
 *   +<emoji> #N / -<emoji> #N add / remove a reaction
 *   :als <member> · :kanaal <naam> · :tijd <ISO-tijd>
 *   :dm                       a direct conversation with the bot (until the next :kanaal)
 * Prefixes combine: `@gemeente: #4> /besluit …`.
 */
// @ts-nocheck

export type ShellLine =
  | { readonly kind: 'empty' }
  | { readonly kind: 'as'; readonly member: string }
  | { readonly kind: 'channel'; readonly channel: string }
  | { readonly kind: 'direct' }
  | { readonly kind: 'time'; readonly time: string }
  | { readonly kind: 'help' }
  | {
      readonly kind: 'reaction';
      readonly member?: string;
      readonly added: boolean;
      readonly emoji: string;
      readonly target: number;
    }
  | { readonly kind: 'message'; readonly member?: string; readonly thread?: number; readonly text: string }
  | { readonly kind: 'invalid'; readonly problem: 'reaction' | 'meta' | 'empty-message' };

const META = /^:(als|kanaal|tijd|hulp|help|dm)\b\s*(.*)$/i;
const AS_MEMBER = /^@([^:#\s][^:#]*?)\s*:\s*/;
const THREAD = /^#(\d{1,9})>\s*/;
const REACTION = /^([+-])(\S+)\s+#(\d{1,9})\s*$/;
const LOOKS_LIKE_REACTION = /^[+-]\S+\s*(#\S*)?\s*$/u;

export function parseShellLine(input: string): ShellLine {
  let line = input.replace(/\r$/, '').trim();
  if (line === '') return { kind: 'empty' };
  const meta = META.exec(line);
  if (meta) {
    const word = meta[1]!.toLowerCase();
    const value = meta[2]!.trim();
    if (word === 'hulp' || word === 'help') return { kind: 'help' };
    if (word === 'dm') return value ? { kind: 'invalid', problem: 'meta' } : { kind: 'direct' };
    if (!value) return { kind: 'invalid', problem: 'meta' };
    if (word === 'als') return { kind: 'as', member: value.replace(/^@/, '') };
    if (word === 'kanaal') return { kind: 'channel', channel: value.replace(/^#/, '').toLowerCase() };
    return { kind: 'time', time: value };
  }
  let member: string | undefined;
  const as = AS_MEMBER.exec(line);
  if (as) {
    member = as[1]!.trim();
    line = line.slice(as[0].length);
  }
  const reaction = REACTION.exec(line);
  if (reaction) {
    return {
      kind: 'reaction',
      ...(member ? { member } : {}),
      added: reaction[1] === '+',
      emoji: reaction[2]!,
      target: Number(reaction[3]),
    };
  }
  if (LOOKS_LIKE_REACTION.test(line) && !/^[+-]?\d/.test(line))
    return { kind: 'invalid', problem: 'reaction' };
  let thread: number | undefined;
  const inThread = THREAD.exec(line);
  if (inThread) {
    thread = Number(inThread[1]);
    line = line.slice(inThread[0].length);
  }
  if (line.trim() === '') return { kind: 'invalid', problem: 'empty-message' };
  return {
    kind: 'message',
    ...(member ? { member } : {}),
    ...(thread !== undefined ? { thread } : {}),
    text: line,
  };
}
