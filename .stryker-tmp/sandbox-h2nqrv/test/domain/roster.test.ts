// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { matrixIdentity } from '../../adapters/matrix/identity.ts';
import { slackIdentity } from '../../adapters/slack/identity.ts';
import { attendanceOf, findMember, findMembers, longestMatch, sideOf } from '../../src/kit/roster.ts';
import type { Member } from '../../src/setup/config.ts';

const members: Member[] = [
  {
    id: 'avries',
    name: 'Anna de Vries',
    roles: ['panel', 'voorzitter'],
    slack: 'U012AB3CD',
    matrix: '@anna:example.org',
  },
  { id: 'pieter', name: 'Pieter Jansen', roles: ['programmamanager', 'gemeente'] },
  { id: 'emre', name: 'Emre Yilmaz', roles: ['gemeente', 'pit'] },
  { id: 'anna-b', name: 'Anna Bos', roles: ['panel'] },
];

describe('findMember', () => {
  it("finds by id (also as @id) and full name; platform mentions are the adapters' to turn into ids", () => {
    expect(findMember(members, 'pieter')?.id).toBe('pieter');
    expect(findMember(members, 'pieter jansen')?.id).toBe('pieter');
    expect(findMember(members, '@pieter')?.id).toBe('pieter');
    expect(findMember(members, '<@U012AB3CD>')).toBeUndefined();
  });

  it('finds a member a Slack or Matrix mention named, once the adapter has read it', () => {
    expect(findMember(members, slackIdentity.read('<@U012AB3CD>', members, 'UBOT').text)?.id).toBe('avries');
    expect(findMember(members, slackIdentity.read('<@U012AB3CD|anna>', members, 'UBOT').text)?.id).toBe(
      'avries',
    );
    expect(findMember(members, matrixIdentity.read('@anna:example.org', members, '@bot:x').text)?.id).toBe(
      'avries',
    );
  });

  it('takes a first name only when it is unique', () => {
    expect(findMember(members, 'Emre')?.id).toBe('emre');
    expect(findMember(members, 'Anna')).toBeUndefined();
  });
});

describe('findMembers', () => {
  it('reads names of several words, with commas and "en", and names the unknown ones', () => {
    expect(findMembers(members, ['Anna', 'de', 'Vries,', 'Pieter', 'Jansen', 'en', 'emre'])).toEqual({
      found: [members[0], members[1], members[2]],
      unknown: [],
    });
    expect(findMembers(members, ['avries', 'Jan', 'Klaas', 'Emre Yilmaz']).unknown).toEqual(['Jan', 'Klaas']);
  });

  it('lists each member once', () => {
    expect(findMembers(members, ['avries', 'Anna de Vries', 'Anna']).found).toEqual([members[0]]);
  });
});

describe('longestMatch', () => {
  it('takes the longest name at the start', () => {
    expect(longestMatch(members, ['Pieter', 'Jansen', 'vraagt', 'DPIA'])).toEqual({
      member: members[1],
      length: 2,
    });
    expect(longestMatch(members, ['niemand', 'hier'])).toBeUndefined();
  });
});

describe('sides', () => {
  it('puts panel roles on the panel side and the rest on the municipal side', () => {
    expect(sideOf(members[0]!)).toBe('panel');
    expect(sideOf(members[1]!)).toBe('gemeente');
    expect(attendanceOf(members[2]!)).toBe('pit');
    expect(attendanceOf(members[1]!)).toBe('gemeente');
    expect(attendanceOf(members[0]!)).toBe('panel');
  });
});
