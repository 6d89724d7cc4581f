// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { parseShellLine } from '../../adapters/shell/line.ts';

describe('the shell line syntax', () => {
  it.each([
    ['/advies lijst', { kind: 'message', text: '/advies lijst' }],
    ['@gemeente: /advies nieuw X', { kind: 'message', member: 'gemeente', text: '/advies nieuw X' }],
    ['@Anna de Vries: /advies lijst', { kind: 'message', member: 'Anna de Vries', text: '/advies lijst' }],
    ['#4> /besluit Akkoord', { kind: 'message', thread: 4, text: '/besluit Akkoord' }],
    ['@gemeente: #4> /besluit …', { kind: 'message', member: 'gemeente', thread: 4, text: '/besluit …' }],
    ['#4> gewoon een bericht', { kind: 'message', thread: 4, text: 'gewoon een bericht' }],
    ['+✅ #3', { kind: 'reaction', added: true, emoji: '✅', target: 3 }],
    ['-:white_check_mark: #12', { kind: 'reaction', added: false, emoji: ':white_check_mark:', target: 12 }],
    [
      '@programmamanager: +✅ #3',
      { kind: 'reaction', member: 'programmamanager', added: true, emoji: '✅', target: 3 },
    ],
    [':als gemeente', { kind: 'as', member: 'gemeente' }],
    [':kanaal #Openbaar', { kind: 'channel', channel: 'openbaar' }],
    [':tijd 2026-11-30T09:00', { kind: 'time', time: '2026-11-30T09:00' }],
    [':hulp', { kind: 'help' }],
    [':dm', { kind: 'direct' }],
    [':dm hallo', { kind: 'invalid', problem: 'meta' }],
    ['   ', { kind: 'empty' }],
    ['+✅', { kind: 'invalid', problem: 'reaction' }],
    ['+✅ #x', { kind: 'invalid', problem: 'reaction' }],
    [':als', { kind: 'invalid', problem: 'meta' }],
    ['#3>', { kind: 'invalid', problem: 'empty-message' }],
    ['+31 6 12345678 is mijn nummer', { kind: 'message', text: '+31 6 12345678 is mijn nummer' }],
  ])('%s', (line, expected) => {
    expect(parseShellLine(line)).toEqual(expected);
  });
});
