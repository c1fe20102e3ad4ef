import { describe, expect, it } from 'vitest';
import { parseCount } from '../../src/lib/import/count';
import { CLI_CONTROLS, cliVoice } from '../../src/lib/import/messages/voice';

const VI = cliVoice('vi');

describe('reading a sample count', () => {
  it.each([
    ['a plain number', '300', 300],
    ['zero', '0', 0],
    ['an Excel number', 1234, 1234],
    ['Vietnamese thousands with a dot', '1.234', 1234],
    ['Vietnamese thousands with a space', '1 234', 1234],
    ['thousands with a no-break space', '12\u00a0345', 12345],
    ['millions with dots', '1.234.567', 1234567],
    ['surrounding spaces', '  45 ', 45],
    ['an Excel number stored as 12.0', 12.0, 12],
  ])('accepts %s (%j → %i)', (_, cell, value) => {
    expect(parseCount(cell, VI)).toEqual({ ok: true, value });
  });

  it.each([
    ['a negative number', '-5', 'negative count "-5"'],
    ['an accounting negative', '(12)', 'negative count "(12)"'],
    ['an Excel negative', -3, 'negative count -3'],
    ['a fraction with a decimal comma', '12,5', 'fraction "12,5" is not a whole number of samples'],
    ['a fraction with a decimal point', '7.5', 'fraction "7.5" is not a whole number of samples'],
    ['an Excel fraction', 12.5, 'fraction 12.5 is not a whole number of samples'],
    ['text', 'chưa có', 'count "chưa có" is not a number'],
    ['a number with a unit', '300 mẫu', 'count "300 mẫu" is not a number'],
    ['an English thousands comma', '1,234', 'ambiguous count "1,234" (in Vietnamese a comma is a decimal point)'],
    ['an Excel error', '#REF!', 'count "#REF!" is not a number'],
  ])('refuses %s', (_, cell, problem) => {
    const result = parseCount(cell, { lang: 'en', controls: CLI_CONTROLS });
    expect(result.ok).toBe(false);
    expect(!result.ok && !result.blank && result.problem).toBe(problem);
  });

  it("says it in Vietnamese, in the command line's voice", () => {
    expect(parseCount('-5', VI)).toEqual({
      ok: false,
      blank: false,
      problem: 'số mẫu âm "-5"',
      todo: 'số mẫu không thể nhỏ hơn 0; sửa lại con số.',
    });
  });

  it.each([null, '', '   ', '-'])('treats %j as blank', (cell) => {
    expect(parseCount(cell, VI)).toEqual({ ok: false, blank: true });
  });
});
