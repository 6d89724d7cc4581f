// @ts-nocheck
import type { Decision } from '../store/schema.ts';

/** One version of a decision's text: who set it, when, and why it replaced the one before. */
export interface DecisionVersion {
  readonly number: number;
  readonly text: string;
  readonly by: string;
  readonly at: string;
  readonly reason: string | undefined;
}

/**
 * Every text a decision had, oldest first; the last is the current one. A change keeps
 * the text it replaced, so nothing a panel decided is ever lost.
 */
export function decisionVersions(decision: Decision): DecisionVersion[] {
  const changes = decision.changes ?? [];
  const texts = [...changes.map((change) => change.before), decision.text];
  return texts.map((text, index) => {
    const change = index > 0 ? changes[index - 1] : undefined;
    return {
      number: index + 1,
      text,
      by: change?.by ?? decision.by,
      at: change?.at ?? decision.at,
      reason: change?.reason,
    };
  });
}

/** When the decision last changed: its withdrawal, or the last change of its text. */
export function lastChange(decision: Decision): { kind: 'changed' | 'withdrawn'; at: string } | undefined {
  if (decision.withdrawn) return { kind: 'withdrawn', at: decision.withdrawn.at };
  const change = decision.changes?.at(-1);
  return change ? { kind: 'changed', at: change.at } : undefined;
}
