import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useMessageDraft } from '../../app/appServices';
import { useRuntimeConfig } from '../../app/config/RuntimeConfigContext';
import { useGwsSession } from '../../app/session/GwsSessionContext';
import { checkComposeForm, type ComposeField, type ComposeFormValues } from './composeFormSchema';
import { MessageField } from './MessageField';
import { SendProgress } from './SendProgress';
import { useTweetDraft } from './useTweetDraft';
import './compose.css';

/** How long to wait for each GWS notification before checking the tweet list. */
export const defaultConfirmTimeoutMs = 10_000;

const allFields: readonly ComposeField[] = ['from', 'queuePath', 'message'];

/** The "Compose tweet" region: From, Queue, Message, Save me as last agent, Send tweet (or Ctrl+Enter). */
export function ComposeTweet({ confirmTimeoutMs = defaultConfirmTimeoutMs }: { confirmTimeoutMs?: number }) {
  const { twitterAccounts } = useGwsSession();
  const { queues, twitterAccountsSetting } = useRuntimeConfig();
  const messageDraft = useMessageDraft();
  const ids = { heading: useId(), from: useId(), fromError: useId(), queue: useId(), queueError: useId(), saveLAR: useId() };
  const messageField = useRef<HTMLTextAreaElement>(null);
  const [values, setValues] = useState<ComposeFormValues>(() => ({
    from: twitterAccounts.length === 1 ? (twitterAccounts[0]?.screenName ?? '') : '',
    queuePath: queues.length === 1 ? (queues[0]?.path ?? '') : '',
    message: messageDraft.get(),
    saveLAR: false,
  }));
  const [touched, setTouched] = useState<ReadonlySet<ComposeField>>(() => new Set());

  const startNextTweet = () => {
    messageDraft.clear();
    setValues((current) => ({ ...current, message: '' }));
    setTouched(new Set());
    messageField.current?.focus();
  };
  const draft = useTweetDraft({ confirmTimeoutMs, onSent: startNextTweet, onDiscarded: startNextTweet });

  const check = checkComposeForm(values);
  const errorOf = (field: ComposeField) =>
    touched.has(field) || (field === 'message' && values.message !== '') ? check.errors[field] : undefined;
  const touch = (field: ComposeField) => setTouched((current) => new Set(current).add(field));
  const update = <K extends keyof ComposeFormValues>(field: K, value: ComposeFormValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));

  const submit = () => {
    if (!check.valid) {
      setTouched(new Set(allFields));
      return;
    }
    draft.send(check.data);
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

  const fromError = errorOf('from');
  const queueError = errorOf('queuePath');
  const progress = draft.state.progress;

  return (
    <section className="compose" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>Compose tweet</h2>
      <form onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate>
        <div className="compose__row">
          <div className="compose__field">
            <label htmlFor={ids.from}>From</label>
            <select
              id={ids.from}
              value={values.from}
              aria-invalid={fromError ? true : undefined}
              aria-describedby={fromError ? ids.fromError : undefined}
              onChange={(event) => update('from', event.target.value)}
              onBlur={() => touch('from')}
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
            {fromError ? <p id={ids.fromError} className="compose__error">{fromError}</p> : null}
          </div>
          <div className="compose__field">
            <label htmlFor={ids.queue}>Queue</label>
            <select
              id={ids.queue}
              value={values.queuePath}
              aria-invalid={queueError ? true : undefined}
              aria-describedby={queueError ? ids.queueError : undefined}
              onChange={(event) => update('queuePath', event.target.value)}
              onBlur={() => touch('queuePath')}
            >
              {queues.length === 1 ? null : <option value="">Choose a queue…</option>}
              {queues.map((queue) => (
                <option key={queue.path} value={queue.path}>
                  {queue.name}
                </option>
              ))}
            </select>
            {queueError ? <p id={ids.queueError} className="compose__error">{queueError}</p> : null}
          </div>
        </div>
        <MessageField
          value={values.message}
          error={errorOf('message')}
          textareaRef={messageField}
          onChange={(message) => {
            messageDraft.set(message);
            update('message', message);
          }}
          onBlur={() => touch('message')}
        />
        <div className="compose__send">
          <label className="compose__checkbox" htmlFor={ids.saveLAR}>
            <input id={ids.saveLAR} type="checkbox" checked={values.saveLAR} onChange={(event) => update('saveLAR', event.target.checked)} />
            Save me as last agent
          </label>
          <button type="submit" className="compose__submit" disabled={!check.valid || draft.busy}>
            Send tweet
          </button>
        </div>
      </form>
      <SendProgress
        progress={progress}
        busy={draft.busy}
        hasDraft={draft.state.draftId !== undefined && progress.kind !== 'working'}
        canRetry={check.valid}
        onRetry={() => {
          messageField.current?.focus();
          submit();
        }}
        onDiscard={() => {
          messageField.current?.focus();
          draft.discard();
        }}
      />
    </section>
  );
}
