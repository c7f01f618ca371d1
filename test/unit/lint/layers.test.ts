import { describe, expect, it } from 'vitest';
import { lintVirtualFile } from './lintVirtualFile';

// The layers run one way — app → features → shared → gws; the simulator and the servers → gws — and
// lint enforces it: each import below, written into a file of that layer, is an error.

async function layerErrors(file: string, importLine: string): Promise<string[]> {
  const messages = await lintVirtualFile(file, `${importLine}\nexport const used = value;\n`);
  return messages.filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('lint enforces the layers', () => {
  it.each([
    ['src/gws/http/example.ts', "import { value } from '../../shared/lib/gwsEndpoints';"],
    ['src/gws/http/example.ts', "import { value } from '../../app/App';"],
    ['src/gws/http/example.ts', "import { value } from 'react';"],
    ['src/gws/http/example.ts', "import { value } from '@tanstack/react-query';"],
    ['src/shared/session/example.ts', "import { value } from '../../features/session/signIn';"],
    ['src/shared/session/example.ts', "import { value } from '../../app/App';"],
    ['src/features/compose/example.ts', "import { value } from '../outbound/panel/TweetList';"],
    ['src/features/compose/example.ts', "import { value } from '../../features/session/signIn';"],
    ['src/features/outbound/panel/example.ts', "import { value } from '../../compose/ComposeTweet';"],
    ['src/features/session/example.ts', "import { value } from '../../app/ConsolePage';"],
    ['src/simulator/routes/example.ts', "import { value } from '../../shared/config/configSchema';"],
    ['src/simulator/example.ts', "import { value } from '../features/session/signIn';"],
    ['src/server/example.ts', "import { value } from '../simulator/createSimulator';"],
  ])('%s may not: %s', async (file, importLine) => {
    expect(await layerErrors(file, importLine)).toHaveLength(1);
  }, 30_000);

  it.each([
    ['src/features/compose/example.ts', "import { value } from '../../shared/session/GwsSessionContext';"],
    ['src/features/compose/example.ts', "import { value } from './sendTweetFlow';"],
    ['src/features/outbound/panel/example.ts', "import { value } from '../model/entryView';"],
    ['src/shared/session/example.ts', "import { value } from '../../gws/schemas';"],
    ['src/simulator/routes/example.ts', "import { value } from '../../gws/schemas';"],
    ['src/app/example.ts', "import { value } from '../features/session/SessionGate';"],
  ])('%s may: %s', async (file, importLine) => {
    expect(await layerErrors(file, importLine)).toEqual([]);
  }, 30_000);
});
