// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, LIMITS, toSlackMessage } from '../../adapters/slack/blocks.ts';
import {
  address,
  context,
  errorMessage,
  fields,
  heading,
  list,
  message,
  paragraph,
  preformatted,
} from '../../src/port/rich-message.ts';

describe('Block Kit rendering', () => {
  it('renders every block kind with a plain-text fallback', () => {
    const rendered = toSlackMessage(
      message(
        heading('📨 Adviesverzoek ADV-2026-001: Bodycams'),
        fields([{ label: 'Stap', value: 'ontvangen' }]),
        paragraph('Een <tekst> & meer'),
        list(['een', 'twee']),
        context('Praat verder in deze draad.'),
        preformatted('# Kop'),
      ),
    );
    expect(rendered.blocks).toEqual([
      {
        type: 'header',
        text: { type: 'plain_text', text: '📨 Adviesverzoek ADV-2026-001: Bodycams', emoji: true },
      },
      { type: 'section', text: { type: 'mrkdwn', text: '*Stap:* ontvangen' } },
      { type: 'section', text: { type: 'mrkdwn', text: 'Een &lt;tekst&gt; &amp; meer' } },
      { type: 'section', text: { type: 'mrkdwn', text: '• een\n• twee' } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'Praat verder in deze draad.' }] },
      { type: 'section', text: { type: 'mrkdwn', text: '```# Kop```' } },
    ]);
    expect(rendered.text).toContain('Stap: ontvangen');
  });

  it('marks a refusal', () => {
    expect(toSlackMessage(errorMessage('Dat mag niet.')).blocks[0]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: ':warning: Dat mag niet.' },
    });
  });

  it('keeps within Slack limits: long headers, long lists, many blocks', () => {
    const longList = list(Array.from({ length: 400 }, (_, index) => `ADV-2026-${index} ${'x'.repeat(60)}`));
    const many = message(
      heading('h'.repeat(400)),
      longList,
      ...Array.from({ length: 80 }, () => paragraph('p')),
    );
    const rendered = toSlackMessage(many);
    expect(rendered.blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
    expect(rendered.blocks.at(-1)).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: '… (ingekort)' }],
    });
    for (const block of rendered.blocks) {
      if (block.type === 'header') expect(block.text.text.length).toBeLessThanOrEqual(LIMITS.header);
      if (block.type === 'section' && 'text' in block)
        expect(block.text.text.length).toBeLessThanOrEqual(LIMITS.section);
    }
    expect(rendered.text.length).toBeLessThanOrEqual(LIMITS.fallback);
  });

  it('escapes what Slack would read as markup', () => {
    expect(escapeMrkdwn('<@U123> & <!channel>')).toBe('&lt;@U123&gt; &amp; &lt;!channel&gt;');
  });
});

describe('addressing a member', () => {
  it('mentions the member by Slack id, and by name when there is none', () => {
    const to = { name: 'Dewi Jansen', slack: 'U0DEWI' };
    const rendered = toSlackMessage(message(address(to, 'is het <gedaan>?')));
    expect(rendered.blocks).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: '<@U0DEWI>, is het &lt;gedaan&gt;?' } },
    ]);
    expect(rendered.text).toBe('Dewi Jansen, is het &lt;gedaan&gt;?');
    const unnamed = toSlackMessage(message(address({ name: 'Dewi <J>' }, 'hallo')));
    expect(unnamed.blocks[0]).toMatchObject({ text: { text: 'Dewi &lt;J&gt;, hallo' } });
  });
});
