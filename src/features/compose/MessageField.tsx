import { useId, useRef, type Ref } from 'react';
import { maxTweetLength, measureTweet } from '../../gws/tweetLength';
import { FieldError } from './FieldError';

interface MessageFieldProps {
  value: string;
  error: string | undefined;
  /** A tweet is being sent: the text is read-only, and the hint says so. */
  locked: boolean;
  textareaRef: Ref<HTMLTextAreaElement>;
  onChange: (value: string) => void;
}

/** "N characters left" (negative over the limit). */
export function charactersLeftText(remaining: number): string {
  return `${remaining} ${Math.abs(remaining) === 1 ? 'character' : 'characters'} left`;
}

/**
 * What a screen reader hears about the length: only near and over the limit, and only when that
 * changes (not on every keystroke, as the visible counter does).
 */
export function lengthAnnouncement(remaining: number): string {
  if (remaining < 0) return `Over the ${maxTweetLength}-character limit`;
  if (remaining <= 10) return '10 characters or fewer left';
  if (remaining <= 20) return '20 characters or fewer left';
  return '';
}

/**
 * The message textarea with Twitter's weighted counter. Over the limit nothing is cut: the part
 * over it is highlighted by a mirrored backdrop behind the (transparent) textarea.
 */
export function MessageField({ value, error, locked, textareaRef, onChange }: MessageFieldProps) {
  const ids = { field: useId(), counter: useId(), error: useId(), hint: useId() };
  const backdrop = useRef<HTMLDivElement>(null);
  const measure = measureTweet(value);
  const overflowStart = measure.overflowStart;
  const describedBy = [ids.counter, ids.hint, error ? ids.error : undefined].filter(Boolean).join(' ');

  return (
    <div className="compose__field">
      <label htmlFor={ids.field}>Message</label>
      <div className="message-field" data-over={overflowStart !== undefined}>
        <div className="message-field__backdrop" ref={backdrop} aria-hidden="true">
          {overflowStart === undefined ? (
            value
          ) : (
            <>
              {value.slice(0, overflowStart)}
              <mark>{value.slice(overflowStart)}</mark>
            </>
          )}
          {/* A trailing newline needs a character after it to take up a line, as in the textarea. */}
          {'\u200b'}
        </div>
        <textarea
          id={ids.field}
          ref={textareaRef}
          className="message-field__input"
          rows={5}
          value={value}
          readOnly={locked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
          onScroll={(event) => {
            if (backdrop.current) backdrop.current.scrollTop = event.currentTarget.scrollTop;
          }}
        />
      </div>
      <p id={ids.counter} className="message-field__counter" data-over={measure.remaining < 0}>
        {charactersLeftText(measure.remaining)}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {lengthAnnouncement(measure.remaining)}
      </p>
      <p id={ids.hint} className="compose__hint" data-locked={locked || undefined}>
        {locked
          ? 'The message is locked while it is being sent.'
          : 'Links count as 23 characters, most emoji and CJK characters as 2. Ctrl+Enter (⌘+Enter) sends.'}
      </p>
      <FieldError id={ids.error} error={error} />
    </div>
  );
}
