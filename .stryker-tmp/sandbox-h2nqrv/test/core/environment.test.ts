// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { start } from '../../app/start.ts';
import { tempDir } from '../support/harness.ts';

describe('the environment of every entry point (npm start, the site)', () => {
  it('counts a blank variable as unset', async () => {
    const dir = await tempDir();
    const running = await start({ STADSPANEL_DATA_DIR: dir, STADSPANEL_NOW: '  ' });
    try {
      expect(running.dataDir).toBe(dir);
      expect(running.clock.now().getTime()).toBeGreaterThan(Date.parse('2026-01-01'));
    } finally {
      await running.stop();
    }
  });
});
