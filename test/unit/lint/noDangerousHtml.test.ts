import { describe, expect, it } from 'vitest';
import { lintVirtualFile } from './lintVirtualFile';

describe('lint rules of the house', () => {
  it('forbids dangerouslySetInnerHTML: content from Twitter is rendered as text only', async () => {
    const code = 'export function Row({ html }: { html: string }) {\n  return <div dangerouslySetInnerHTML={{ __html: html }} />;\n}\n';
    const messages = (await lintVirtualFile('src/features/example/Row.tsx', code)).map((m) => m.message);
    expect(messages).toContain('Content from GWS and Twitter is rendered as text only.');
  }, 30_000);
});
