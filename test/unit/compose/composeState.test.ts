import { describe, expect, it } from 'vitest';
import { composeTransition, initialComposeState, type ComposeEvent, type ComposeState } from '../../../src/features/compose/composeState';

const run = (events: ComposeEvent[], start: ComposeState = initialComposeState('k1')) => events.reduce(composeTransition, start);

describe('composeTransition', () => {
  it('starts with no draft and nothing to say', () => {
    expect(initialComposeState('k1')).toEqual({ draftId: undefined, draftKey: 'k1', createAttempted: false, progress: { kind: 'idle' } });
  });

  it('follows the steps, keeps the draft id, and after Sent starts a fresh tweet with a new key', () => {
    const creating = run([{ type: 'step', step: 'creating', at: 1_000 }]);
    expect(creating).toMatchObject({ createAttempted: true, progress: { kind: 'working', step: 'creating', since: 1_000 } });
    const sending = run([{ type: 'draft-created', draftId: 't1' }, { type: 'step', step: 'sending', at: 1_300 }], creating);
    // The send's start stays the same through its steps (for "Sending… 7 s").
    expect(sending).toMatchObject({ draftId: 't1', progress: { kind: 'working', step: 'sending', since: 1_000 } });
    expect(run([{ type: 'sent', elapsedMs: 420, nextDraftKey: 'k2' }], sending)).toEqual({
      draftId: undefined,
      draftKey: 'k2',
      createAttempted: false,
      progress: { kind: 'sent', elapsedMs: 420 },
    });
  });

  it('a failure keeps the draft (Retry sends on it), unless the draft is gone', () => {
    const withDraft = run([{ type: 'step', step: 'creating', at: 0 }, { type: 'draft-created', draftId: 't1' }]);
    const rejected = run([{ type: 'failed', failure: { kind: 'rejected', stage: 'send', errorMessage: 'dup' } }], withDraft);
    expect(rejected).toMatchObject({ draftId: 't1', draftKey: 'k1', progress: { kind: 'failed' } });
    const gone = run([{ type: 'failed', failure: { kind: 'draft-gone', state: 'Canceled' } }], withDraft);
    expect(gone.draftId).toBeUndefined();
  });

  it('Cancel draft: canceling, then a fresh draft key; a failed cancel keeps the draft', () => {
    const withDraft = run([{ type: 'draft-created', draftId: 't1' }]);
    expect(run([{ type: 'cancel-started' }], withDraft)).toMatchObject({ draftId: 't1', progress: { kind: 'canceling' } });
    expect(run([{ type: 'cancel-started' }, { type: 'canceled', nextDraftKey: 'k9' }], withDraft)).toEqual({
      draftId: undefined,
      draftKey: 'k9',
      createAttempted: false,
      progress: { kind: 'canceled' },
    });
    expect(run([{ type: 'cancel-started' }, { type: 'cancel-failed', message: 'no' }], withDraft)).toMatchObject({
      draftId: 't1',
      progress: { kind: 'cancel-failed', message: 'no' },
    });
  });
});
