// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { confidentialKinds, readLines, showLine, uncoveredKinds } from '../support/confidential-items.ts';

/** The confidentiality properties draw their items and reads from the registry, not from lists by hand. */
describe('the generators of the confidentiality properties', () => {
  it('make an item of every kind the registry has that can be confidential', () => {
    expect(confidentialKinds()).toEqual(['advies', 'besluit', 'overleg', 'notitie', 'ontwikkeling']);
    expect(uncoveredKinds()).toEqual([]);
  });

  it('fail when a kind is left out: of the registry, or of the creation scripts', () => {
    const scripts = confidentialKinds();
    expect(
      uncoveredKinds(
        commands.filter((command) => command.name !== 'notitie'),
        scripts,
      ),
    ).toEqual(['/notitie is no kind of the registry']);
    expect(
      uncoveredKinds(
        commands,
        scripts.filter((kind) => kind !== 'overleg'),
      ),
    ).toEqual(['/overleg has no creation script']);
  });

  it("read what each command declares it shows, and each item by its command's own show", () => {
    expect(readLines()).toEqual(
      expect.arrayContaining(['/advies lijst alle', '/digest', '/jaarverslag markdown', '/acties alle']),
    );
    expect(readLines(commands.filter((command) => command.name !== 'digest'))).not.toContain('/digest');
    expect(showLine('GN-2026-001')).toBe('/notitie toon GN-2026-001');
    expect(showLine('ACT-2026-001')).toBeUndefined();
  });
});
