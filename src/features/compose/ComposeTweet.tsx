import { useEffect, useId, useRef, type FormEvent, type KeyboardEvent } from 'react';
import { useRuntimeConfig } from '../../shared/config/RuntimeConfigContext';
import { useGwsSession } from '../../shared/session/GwsSessionContext';
import { FieldError } from './FieldError';
import { MessageField } from './MessageField';
import { SendProgress } from './SendProgress';
import { useComposeFields, type CheckedField } from './useComposeFields';
import { useTweetDraft } from './useTweetDraft';
import './compose.css';

/** How long to wait for each GWS notification before checking the tweet list. */
export const defaultConfirmTimeoutMs = 10_000;

/**
 * The "Compose tweet" region: From, Queue, Message, Save me as last agent, Send tweet (or Ctrl+Enter).
 * Send tweet is never greyed out for a missing value: a submit says what is missing next to each
 * field and focuses the first. While a tweet is being sent, the form is locked (and says so), so a
 * correction can never be dropped by the send that was already on its way.
 */
export function ComposeTweet({ confirmTimeoutMs = defaultConfirmTimeoutMs }: { confirmTimeoutMs?: number }) {
  const { twitterAccounts } = useGwsSession();
  const { queues, twitterAccountsSetting } = useRuntimeConfig();
  const ids = { heading: useId(), from: useId(), fromError: useId(), queue: useId(), queueError: useId(), saveLAR: useId() };
  const fromRef = useRef<HTMLSelectElement>(null);
  const queueRef = useRef<HTMLSelectElement>(null);
  const messageRef = useRef<HTMLTextAreaElement>(null);
  const fields = useComposeFields();
  const focusMessage = () => messageRef.current?.focus();
  const focusField = (field: CheckedField) => ({ from: fromRef, queuePath: queueRef, message: messageRef })[field].current?.focus();
  const draft = useTweetDraft({
    confirmTimeoutMs,
    onSent: () => {
      fields.startNextTweet();
      focusMessage();
    },
    // The GWS draft is canceled; the words stay in the box, to send again or clear by hand.
    onCanceled: focusMessage,
  });
  const { values } = fields;
  const locked = draft.busy;

  // Just signed in (or back after a session expiry): the first field still to fill has the focus.
  useEffect(() => {
    focusField(values.from === '' ? 'from' : values.queuePath === '' ? 'queuePath' : 'message');
    // Once, when the form appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const submit = () => {
    if (draft.busy) return;
    const firstWrong = fields.submitAttempted();
    if (firstWrong) focusField(firstWrong);
    else if (fields.check.valid) draft.send(fields.check.data);
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    submit();
  };

  const fromError = fields.errorOf('from');
  const queueError = fields.errorOf('queuePath');

  return (
    <section className="compose" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>Compose tweet</h2>
      {/* Ctrl+Enter from any of the form's fields: the keydown bubbles up from them, the form is no target. */}
      {/* eslint-disable-next-line jsx-a11y-x/no-noninteractive-element-interactions -- see above */}
      <form onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate>
        <div className="compose__row">
          <div className="compose__field">
            <label htmlFor={ids.from}>From</label>
            <select
              id={ids.from}
              ref={fromRef}
              value={values.from}
              disabled={locked}
              aria-invalid={fromError ? true : undefined}
              aria-describedby={fromError ? ids.fromError : undefined}
              onChange={(event) => fields.update('from', event.target.value)}
            >
              {twitterAccounts.length === 1 ? null : <option value="">Choose an account…</option>}
              {twitterAccounts.map((account) => (
                <option key={account.screenName} value={account.screenName}>
                  @{account.screenName}
                  {account.displayName ? ` (${account.displayName})` : ''}
                </option>
              ))}
            </select>
            {twitterAccounts.length === 0 ? (
              <p className="compose__hint" role="note">
                No Twitter account is available to you. An administrator can list yours (comma-separated) in your GWS
                settings, section <code>{twitterAccountsSetting.section}</code>, option <code>{twitterAccountsSetting.key}</code>{' '}
                — or in the console's <code>config.json</code>, field <code>twitterAccounts</code>.
              </p>
            ) : null}
            <FieldError id={ids.fromError} error={fromError} />
          </div>
          <div className="compose__field">
            <label htmlFor={ids.queue}>Queue</label>
            <select
              id={ids.queue}
              ref={queueRef}
              value={values.queuePath}
              disabled={locked}
              aria-invalid={queueError ? true : undefined}
              aria-describedby={queueError ? ids.queueError : undefined}
              onChange={(event) => fields.update('queuePath', event.target.value)}
            >
              {queues.length === 1 ? null : <option value="">Choose a queue…</option>}
              {queues.map((queue) => (
                <option key={queue.path} value={queue.path}>
                  {queue.name}
                </option>
              ))}
            </select>
            <FieldError id={ids.queueError} error={queueError} />
          </div>
        </div>
        <MessageField
          value={values.message}
          error={fields.errorOf('message')}
          locked={locked}
          textareaRef={messageRef}
          onChange={(message) => fields.update('message', message)}
        />
        <div className="compose__send">
          <label className="compose__checkbox" htmlFor={ids.saveLAR}>
            <input
              id={ids.saveLAR}
              type="checkbox"
              checked={values.saveLAR}
              disabled={locked}
              onChange={(event) => fields.update('saveLAR', event.target.checked)}
            />
            Save me as last agent
          </label>
          <button type="submit" className="compose__submit" aria-disabled={locked || undefined}>
            Send tweet
          </button>
        </div>
      </form>
      <SendProgress
        progress={draft.state.progress}
        busy={draft.busy}
        hasDraft={draft.state.draftId !== undefined && draft.state.progress.kind !== 'working'}
        onRetry={() => {
          focusMessage();
          submit();
        }}
        onCancelDraft={() => {
          focusMessage();
          draft.cancel();
        }}
      />
    </section>
  );
}
