// @ts-nocheck
import type { Lang } from '../i18n/lang.ts';
import { en } from './texts-en.ts';
import { nl, type SiteTexts } from './texts-nl.ts';

export type { SiteTexts };

/** Everything the website says, in plain Dutch (B1) and in English. */
export const siteTexts: Record<Lang, SiteTexts> = { nl, en };
