import { describe, expect, it } from 'vitest';
import { checkComposeForm } from '../../../src/features/compose/composeFormSchema';
import { charactersLeftText } from '../../../src/features/compose/MessageField';

const valid = { from: 'gc_support', queuePath: '/queues/q', message: 'Hello', saveLAR: false };

describe('checkComposeForm (one schema for field errors and the Send button)', () => {
  it('a complete form is valid and gives the data to send', () => {
    expect(checkComposeForm({ ...valid, saveLAR: true })).toEqual({ valid: true, data: { ...valid, saveLAR: true }, errors: {} });
  });

  it('From and Queue are required', () => {
    const check = checkComposeForm({ ...valid, from: '', queuePath: '' });
    expect(check.valid).toBe(false);
    expect(check.errors).toEqual({ from: 'Choose the account to tweet from.', queuePath: 'Choose a queue.' });
  });

  it.each(['', '   ', '\n\t'])('a blank message (%j) is refused', (message) => {
    expect(checkComposeForm({ ...valid, message }).errors).toEqual({ message: 'Write a message.' });
  });

  it('weighted by Twitter: 280 is fine, 281 is too long (never cut)', () => {
    expect(checkComposeForm({ ...valid, message: 'a'.repeat(280) }).valid).toBe(true);
    expect(checkComposeForm({ ...valid, message: `${'a'.repeat(140)}${'你'.repeat(70)}` }).valid).toBe(true);
    const over = checkComposeForm({ ...valid, message: `${'a'.repeat(279)}👍` });
    expect(over.errors).toEqual({ message: 'Too long: shorten the message to 280 characters or fewer.' });
    expect(checkComposeForm({ ...valid, message: `https://example.com/${'x'.repeat(300)}` }).valid).toBe(true);
  });

  it('a message Twitter would refuse for its characters', () => {
    expect(checkComposeForm({ ...valid, message: 'bad \uFFFE char' }).errors).toEqual({
      message: 'The message contains characters Twitter does not accept.',
    });
  });

  it('reports only the first problem of each field (a blank message over 280 is "Write a message.")', () => {
    // 300 spaces: blank, and too long by Twitter's count — two problems of one field.
    const check = checkComposeForm({ from: '', queuePath: '', message: ' '.repeat(300), saveLAR: false });
    expect(check.errors).toEqual({ from: 'Choose the account to tweet from.', queuePath: 'Choose a queue.', message: 'Write a message.' });
  });
});

describe('charactersLeftText', () => {
  it('says how many are left, negative when over', () => {
    expect(charactersLeftText(280)).toBe('280 characters left');
    expect(charactersLeftText(1)).toBe('1 character left');
    expect(charactersLeftText(0)).toBe('0 characters left');
    expect(charactersLeftText(-1)).toBe('-1 character left');
    expect(charactersLeftText(-12)).toBe('-12 characters left');
  });
});
