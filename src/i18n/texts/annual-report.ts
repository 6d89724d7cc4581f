import type { Lang } from '../lang.ts';
import { en } from './annual-report-en.ts';
import { nl, type ReportTexts } from './annual-report-nl.ts';

export type { ReportTexts };

export const annualReportTexts: Record<Lang, ReportTexts> = { nl, en };
