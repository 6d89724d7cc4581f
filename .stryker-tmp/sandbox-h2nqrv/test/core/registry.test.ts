// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import type { CommandSpec } from '../../src/core/command.ts';
import { CommandRegistry } from '../../src/core/registry.ts';
import { ITEM_COLLECTIONS } from '../../src/store/schema.ts';

const advies = commands.find((command) => command.name === 'advies')!;
const besluit = commands.find((command) => command.name === 'besluit')!;
const others = commands.filter((command) => command !== advies);

/** /advies with another item kind. */
const withPrefix = (prefix: string): CommandSpec => ({
  ...advies,
  items: { ...advies.items!, kind: { ...advies.items!.kind, prefix } },
});

describe('the registry, built at start', () => {
  it('takes the commands as they are', () => {
    expect(new CommandRegistry(commands).ownerOf('ADV-2026-001')).toBe(advies);
  });

  it('refuses an id prefix the id grammar cannot read (four letters, lower case), at once', () => {
    expect(() => new CommandRegistry([...others, withPrefix('ADVS')])).toThrow(
      "the id prefix 'ADVS' is not two or three capital letters",
    );
    expect(() => new CommandRegistry([...others, withPrefix('adv')])).toThrow('not two or three capital');
  });

  it('refuses a prefix used twice, or one the store keeps elsewhere', () => {
    expect(
      () =>
        new CommandRegistry([
          ...commands,
          { ...besluit, name: 'besluit2', en: 'decision2', items: advies.items! },
        ]),
    ).toThrow("the id prefix 'ADV' is already /advies's");
    expect(() => new CommandRegistry([withPrefix('BES')])).toThrow(
      "the store keeps 'BES' in decisions, not in adviceRequests",
    );
    expect(() => new CommandRegistry([...others, withPrefix('PEL')])).toThrow(
      "the store keeps 'PEL' nowhere",
    );
  });

  it('refuses reactions or replies without items to route them by', () => {
    const { items: _, ...bare } = commands.find((command) => command.name === 'uitgave')!;
    expect(() => new CommandRegistry([bare])).toThrow('declares no items');
  });

  it('every prefix the store knows is one the id grammar reads, and one command keeps it', () => {
    for (const prefix of Object.keys(ITEM_COLLECTIONS)) {
      expect(prefix).toMatch(/^[A-Z]{2,3}$/);
      expect(new CommandRegistry(commands).ownerOf(`${prefix}-2026-001`)?.name, prefix).toBeDefined();
    }
  });
});
