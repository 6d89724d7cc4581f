/**
 * The shape of `db.json`, as the rest of the code imports it. Each kind of item has a file
 * of its own in `schema/`, the fields they share are in `schema/fields.ts`, and
 * `schema/db.ts` puts them together.
 */

export type { ActionPoint } from './schema/action-points.ts';
export {
  ADVICE_STEPS,
  type AdviceRequest,
  type AdviceStep,
  ANSWER_DECISIONS,
  type AnswerDecision,
  type MunicipalPromise,
  PROMISE_RESULTS,
  type PromiseResult,
} from './schema/advice-requests.ts';
export {
  type Agreement,
  type AgreementTerms,
  type AgreementVersion,
  agreementTerms,
} from './schema/agreements.ts';
export {
  collectionOf,
  type Db,
  dbSchema,
  emptyDb,
  ITEM_COLLECTIONS,
  type ItemCollection,
  partSchema,
  SCHEMA_VERSION,
} from './schema/db.ts';
export type { Decision } from './schema/decisions.ts';
export { type Development, PHASES, type Phase } from './schema/developments.ts';
export {
  type EarlierEvaluation,
  EVALUATION_SIDES,
  type Evaluation,
  type EvaluationAnswer,
  type EvaluationSide,
} from './schema/evaluations.ts';
export {
  CATEGORIES,
  type Category,
  EXPENSE_STEPS,
  type Expense,
  type ExpenseStep,
} from './schema/expenses.ts';
export {
  CONFIDENTIALITY,
  type Confidentiality,
  type Correction,
  confidentiality,
  memberField,
  memberId,
  SIDES,
  type Side,
  THEMES,
  type Theme,
} from './schema/fields.ts';
export type { Meeting } from './schema/meetings.ts';
export type { Note } from './schema/notes.ts';
export type { Poll } from './schema/polls.ts';
