// @ts-nocheck
import { matrixIdentity } from '../../adapters/matrix/identity.ts';
import { terminalIdentity } from '../../adapters/shell/identity.ts';
import { slackIdentity } from '../../adapters/slack/identity.ts';

/** How each platform names people and channels, for test adapters that stand in for one. */
export const identities = { shell: terminalIdentity, slack: slackIdentity, matrix: matrixIdentity } as const;
