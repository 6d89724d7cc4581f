// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { toMatrixText } from '../../adapters/matrix/html.ts';
import { address, message, paragraph } from '../../src/port/rich-message.ts';

describe('Matrix rendering of an address', () => {
  it('makes a mention pill and names the member in m.mentions', () => {
    const content = toMatrixText(
      message(address({ name: 'Dewi Jansen', matrix: '@dewi:test.local' }, 'is het gedaan? <ja>')),
    );
    expect(content.formatted_body).toBe(
      '<p><a href="https://matrix.to/#/@dewi:test.local">Dewi Jansen</a>, is het gedaan? &lt;ja&gt;</p>',
    );
    expect(content.body).toBe('Dewi Jansen, is het gedaan? <ja>');
    expect(content['m.mentions']).toEqual({ user_ids: ['@dewi:test.local'] });
  });

  it('mentions nobody in an ordinary message, and uses the name for a member without a Matrix id', () => {
    expect(toMatrixText(message(paragraph('hallo')))['m.mentions']).toEqual({});
    const content = toMatrixText(message(address({ name: 'Dewi' }, 'hallo')));
    expect(content.formatted_body).toBe('<p>Dewi, hallo</p>');
    expect(content['m.mentions']).toEqual({});
  });
});
