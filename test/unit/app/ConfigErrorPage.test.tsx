// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ConfigErrorPage } from '../../../src/app/ConfigErrorPage';
import { ConfigError } from '../../../src/shared/config/ConfigError';

describe('ConfigErrorPage', () => {
  it('alerts that the console cannot start, naming the file, each bad field and what is wrong', () => {
    const error = new ConfigError('invalid', '/config.json', [
      { field: 'queues.0.path', message: 'must start with /' },
      { field: 'gwsBaseUrl', message: 'must be empty (same origin) or an http(s) URL' },
    ]);
    render(<ConfigErrorPage error={error} />);

    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'The console cannot start' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('/config.json');
    expect(within(alert).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'queues.0.path: must start with /',
      'gwsBaseUrl: must be empty (same origin) or an http(s) URL',
    ]);
  });
});
