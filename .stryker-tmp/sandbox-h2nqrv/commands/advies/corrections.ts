// @ts-nocheck
import { CHAIR } from '../../src/domain/roles.ts';
import { fieldCorrection } from '../../src/kit/corrections.ts';
import type { AdviceRequest } from '../../src/store/schema.ts';
import { ADVICE } from './kind.ts';
import { announcement } from './render.ts';

/** `/advies titel <ADV> <titel>`: corrects the title, keeping the old one in the history. */
export const adviceTitle = fieldCorrection<AdviceRequest>({
  command: 'advies',
  name: 'titel',
  en: 'title',
  kind: ADVICE,
  field: 'titel',
  usage: { nl: '/advies titel <ADV> <titel>', en: '/advies titel <ADV> <title>' },
  summary: {
    nl: 'De titel verbeteren; de oude blijft in de geschiedenis.',
    en: 'Correct the title; the old one stays in the history.',
  },
  allowed: ['gemeente', ...CHAIR],
  max: 200,
  items: (db) => db.adviceRequests,
  get: (request) => request.title,
  set: (request, title) => {
    request.title = title;
  },
  render: announcement,
});
