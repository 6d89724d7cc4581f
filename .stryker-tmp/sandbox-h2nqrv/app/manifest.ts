// @ts-nocheck
import { writeFile } from 'node:fs/promises';
import { MANIFEST_FILES, manifestText } from '../adapters/slack/manifest.ts';
import { commands } from '../commands/index.ts';

/** `npm run manifest`: writes the Slack app manifests from the commands' declarations. */
for (const [lang, file] of Object.entries(MANIFEST_FILES) as Array<[keyof typeof MANIFEST_FILES, string]>) {
  await writeFile(file, manifestText(commands, lang));
  console.log(`${file} geschreven.`);
}
