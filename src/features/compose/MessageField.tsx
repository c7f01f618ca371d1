import { useId, useRef, type Ref } from 'react';
import { measureTweet } from '../../gws/tweetLength';

interface MessageFieldProps {
  value: string;
  error: string | undefined;
  textareaRef: Ref<HTMLTextAreaElement>;
  onChange(value: string): void;
  onBlur(): void;
}

/** "N characters left" (negative over the limit). */
export function charactersLeftText(remaining: number): string {
  return `${remaining} ${Math.abs(remaining) === 1 ? 'character' : 'characters'} left`;
}

/**
 * The message textarea with Twitter's weighted counter. Over the limit nothing is cut: the part
 * over it is highlighted by a mirrored backdrop behind the (transparent) textarea.
 */
export function MessageField({ value, error, textareaRef, onChange, onBlur }: MessageFieldProps) {
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
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
          onScroll={(event) => {
            if (backdrop.current) backdrop.current.scrollTop = event.currentTarget.scrollTop;
          }}
        />
      </div>
      <p id={ids.counter} className="message-field__counter" data-over={measure.remaining < 0} aria-live="polite">
        {charactersLeftText(measure.remaining)}
      </p>
      <p id={ids.hint} className="compose__hint">
        Links count as 23 characters, most emoji and CJK characters as 2. Ctrl+Enter (⌘+Enter) sends.
      </p>
      {error ? (
        <p id={ids.error} className="compose__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
