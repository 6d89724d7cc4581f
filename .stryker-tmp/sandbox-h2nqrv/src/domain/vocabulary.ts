// @ts-nocheck
import type { Vocabulary } from '../parse/words.ts';
import type { AdviceStep, AnswerDecision, Category, Phase, Theme } from '../store/schema.ts';

/**
 * The agreement's fixed words, with their English words and the other ways people
 * write them. Each is read in every language and suggested when mistyped.
 */
export const ANSWER_WORDS: Vocabulary<AnswerDecision> = {
  opgevolgd: { en: 'followed' },
  deels: { en: 'partly', also: ['gedeeltelijk', 'partially'] },
  niet: { en: 'not', also: ['nee', 'no'] },
};

export const ADVICE_STEP_WORDS: Vocabulary<AdviceStep> = {
  ontvangen: { en: 'received' },
  'in-overweging': { en: 'considering', also: ['overweging'] },
  'in-gesprek': { en: 'in-talks', also: ['gesprek'] },
  'advies-uitgebracht': { en: 'advice-issued', also: ['uitgebracht', 'issued'] },
  'geen-advies': { en: 'no-advice' },
  'reactie-ontvangen': { en: 'answered', also: ['beantwoord'] },
  afgerond: { en: 'closed' },
};

export const CATEGORY_WORDS: Vocabulary<Category> = {
  kosten: {
    en: 'costs',
    also: ['reis', 'reiskosten', 'reizen', 'onderzoek', 'onderzoekskosten', 'travel', 'research'],
  },
  bestanden: {
    en: 'files',
    also: ['bestand', 'opslag', 'archief', 'bestandsdeling', 'storage'],
  },
  expertise: { en: 'expertise', also: ['expert', 'experts', 'inhuur'] },
  website: { en: 'website', also: ['site', 'hosting', 'webhosting', 'onderhoud'] },
};

export const THEME_WORDS: Vocabulary<Theme> = {
  privacy: { en: 'privacy' },
  dataveiligheid: { en: 'data-security', also: ['security', 'beveiliging'] },
  ethiek: { en: 'ethics' },
  inclusiviteit: { en: 'inclusion', also: ['inclusie', 'inclusivity'] },
};

export const PHASE_WORDS: Vocabulary<Phase> = {
  verkenning: { en: 'exploration' },
  ontwikkeling: { en: 'development' },
  implementatie: { en: 'implementation' },
};
