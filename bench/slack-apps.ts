/**
 * The apps of the Slack end-to-end figure: the bot; a bare Bolt app that acks and posts a
 * fixed reply (the target's measure); and the same bare app appending one ~1 KB line with
 * fdatasync before it posts, so the run shows how much of the bot's time the disk alone takes.
 */
export const SLACK_APPS = ['bot', 'bare', 'durable'] as const;
export type SlackApp = (typeof SLACK_APPS)[number];
