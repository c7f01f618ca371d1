import * as z from 'zod/mini';
import { maxTweetLength, measureTweet } from '../../gws/tweetLength';

/**
 * The compose form, as one schema: it gives both the field errors and whether Send is enabled.
 * The message is measured the way Twitter measures it (twitter-text, weighted): never truncated.
 */
export const composeFormSchema = z.object({
  from: z.string().check(z.minLength(1, 'Choose the account to tweet from.')),
  queuePath: z.string().check(z.minLength(1, 'Choose a queue.')),
  message: z.string().check(
    z.refine((message) => message.trim() !== '', 'Write a message.'),
    z.refine(
      (message) => measureTweet(message).remaining >= 0,
      `Too long: shorten the message to ${maxTweetLength} characters or fewer.`,
    ),
    z.refine((message) => {
      const measure = measureTweet(message);
      return message.trim() === '' || measure.remaining < 0 || measure.valid;
    }, 'The message contains characters Twitter does not accept.'),
  ),
  saveLAR: z.boolean(),
});

export type ComposeFormValues = z.input<typeof composeFormSchema>;
export type ComposeFormData = z.output<typeof composeFormSchema>;
export type ComposeField = keyof ComposeFormValues;

export type ComposeFormCheck =
  | { valid: true; data: ComposeFormData; errors: Partial<Record<ComposeField, string>> }
  | { valid: false; data: undefined; errors: Partial<Record<ComposeField, string>> };

/** The form's values checked: the data to send, or the first error of each field. */
export function checkComposeForm(values: ComposeFormValues): ComposeFormCheck {
  const result = composeFormSchema.safeParse(values);
  if (result.success) return { valid: true, data: result.data, errors: {} };
  const errors: Partial<Record<ComposeField, string>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if ((field === 'from' || field === 'queuePath' || field === 'message' || field === 'saveLAR') && !errors[field]) {
      errors[field] = issue.message;
    }
  }
  return { valid: false, data: undefined, errors };
}
