import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('lint rules of the house', () => {
  it('forbids dangerouslySetInnerHTML: content from Twitter is rendered as text only', async () => {
    const eslint = new ESLint({ cwd: root });
    const code = 'export function Row({ html }: { html: string }) {\n  return <div dangerouslySetInnerHTML={{ __html: html }} />;\n}\n';
    const [result] = await eslint.lintText(code, { filePath: `${root}/src/features/example/Row.tsx` });
    const messages = result?.messages.map((m) => m.message) ?? [];
    expect(messages).toContain('Content from GWS and Twitter is rendered as text only.');
  }, 30_000);
});
