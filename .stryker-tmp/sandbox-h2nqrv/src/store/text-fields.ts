/**
 * Every text field of the store that is not a member id (those are found by their schema,
 * see member-fields.ts), and whether a person's name can stand in it:
 *
 * - `typed`: free text a person typed (a title, a minute line, a reason). A name typed
 *   there stays when that person is forgotten (README, "Privacy"); the bot never writes
 *   names from the roster into these. A correction's `before` and `after` of the
 *   attendance (`aanwezigen`) are member ids, replaced by privacy.ts.
 * - `written`: text the bot wrote itself, from the roster too. `/privacy vergeet` must
 *   leave no name in it (privacy.ts `forgetMember`).
 * - `none`: ids, references, keys and labels: no person's name.
 * - `roster`: the roster as kept in chat (`/lid`): names and accounts of current members
 *   only. `/privacy vergeet` refuses a current member, and takes a former member's entry
 *   out whole.
 *
 * A test walks the schema and fails on a text field that is missing here, so a new field
 * is never left out of `/privacy vergeet` by accident.
 */
// @ts-nocheck

export type TextField = 'typed' | 'written' | 'none' | 'roster';

const typed = [
  'adviceRequests[].title',
  'adviceRequests[].advice.summary',
  'adviceRequests[].declined.reason',
  'adviceRequests[].answer.how',
  'adviceRequests[].answer.reason',
  'adviceRequests[].answer.note',
  'adviceRequests[].history[].note',
  'adviceRequests[].promise.postponements[].reason',
  'adviceRequests[].promise.outcome.note',
  'decisions[].text',
  'decisions[].changes[].before',
  'decisions[].changes[].reason',
  'decisions[].withdrawn.reason',
  'expenses[].description',
  'expenses[].rejection.reason',
  'expenses[].receipts[].text',
  'expenses[].history[].note',
  'agreements[].ended.reason',
  // Evaluation points are typed without a name attached; a name typed in one stays, as anywhere.
  'evaluations[].answers[].well',
  'evaluations[].answers[].better',
  'developments[].title',
  'meetings[].title',
  'meetings[].minutes[].text',
  'notes[].title',
  'notes[].text',
  'notes[].versions[].text',
  'actionPoints[].text',
  'actionPoints[].done.note',
  'polls[].title',
  'polls[].options[]',
  ...['adviceRequests', 'expenses', 'developments', 'meetings', 'actionPoints'].flatMap((kind) => [
    `${kind}[].corrections[].before`,
    `${kind}[].corrections[].after`,
  ]),
];

const written = ['meetings[].publication.lines[]'];

const none = [
  'counters{key}',
  'agreements[].id',
  'agreements[].message',
  'agreements[].preview',
  ...['bestanden', 'kosten', 'expertise', 'website', 'termijn'].map(
    (term) => `agreements[].versions[].terms.articles.${term}`,
  ),
  'agreements[].versions[].message',
  'agreements[].versions[].approvals[].reaction',
  // A key and keyed digests: nobody's name, and gone at closing.
  'evaluations[].message',
  'evaluations[].key',
  'evaluations[].participants[]',
  ...['adviceRequests', 'decisions', 'expenses', 'developments', 'meetings', 'notes', 'actionPoints'].flatMap(
    (kind) => [`${kind}[].id`, `${kind}[].message`],
  ),
  ...['adviceRequests', 'expenses', 'developments', 'meetings', 'actionPoints'].map(
    (kind) => `${kind}[].corrections[].field`,
  ),
  'adviceRequests[].development',
  'decisions[].about',
  'expenses[].approval.reaction',
  'expenses[].rejection.reaction',
  /** The emoji of the reaction, as the platform spelled it. */
  'expenses[].approval.mark',
  'expenses[].rejection.mark',
  'meetings[].time',
  'meetings[].preview',
  'meetings[].publication.message',
  'notes[].development',
  'notes[].signatures[].reaction',
  'notes[].versions[].signatures[].reaction',
  'actionPoints[].meeting',
  'handledEvents[].key',
  'forgottenMembers[].label',
  /** The old id only while its forgetting runs; then removed. */
  'forgottenMembers[].erasing',
  'noticedNewcomers[].key',
  'scheduler.lastDigestWeek',
  'polls[].id',
  'polls[].message',
  /** A secret ballot's keyed digests of who voted, and its key, until it closes. */
  'polls[].ballots[]',
  'polls[].key',
];

const roster = ['roster.members[].name', 'roster.members[].slack', 'roster.members[].matrix'];

export const TEXT_FIELDS: ReadonlyMap<string, TextField> = new Map<string, TextField>([
  ...typed.map((path) => [path, 'typed'] as const),
  ...written.map((path) => [path, 'written'] as const),
  ...none.map((path) => [path, 'none'] as const),
  ...roster.map((path) => [path, 'roster'] as const),
]);
