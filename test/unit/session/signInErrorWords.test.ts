import { describe, expect, it } from 'vitest';
import { describeSignInError } from '../../../src/features/session/signInErrorWords';
import { GwsError } from '../../../src/gws/http';

const address = 'https://gws.example:8090';

describe('describeSignInError', () => {
  it('wrong credentials (401)', () => {
    expect(describeSignInError(new GwsError({ kind: 'unauthorized', message: 'HTTP 401' }), address).summary).toBe('Wrong username or password.');
  });

  it('GWS unreachable or too slow', () => {
    const unreachable = describeSignInError(new GwsError({ kind: 'network', message: 'ECONNREFUSED' }), address);
    expect(unreachable.summary).toBe('Cannot reach GWS at https://gws.example:8090.');
    expect(unreachable.detail).toContain('ECONNREFUSED');
    expect(describeSignInError(new GwsError({ kind: 'timeout', message: 't' }), address).summary).toBe(
      'GWS at https://gws.example:8090 did not answer in time.',
    );
  });

  it('a GWS error: its statusCode and statusMessage', () => {
    const words = describeSignInError(new GwsError({ kind: 'status', statusCode: 4, message: 'Contact center is down' }), address);
    expect(words.summary).toBe('GWS error 4: Contact center is down');
  });

  it('anything unexpected is still said', () => {
    expect(describeSignInError(new GwsError({ kind: 'invalid-response', message: 'user: missing' }), address)).toEqual({
      summary: 'GWS answered something unexpected.',
      detail: 'user: missing',
    });
    expect(describeSignInError(new Error('Cannot start GWS notifications: boom'), address)).toEqual({
      summary: 'Signing in failed.',
      detail: 'Cannot start GWS notifications: boom',
    });
  });
});
