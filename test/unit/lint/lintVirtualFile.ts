import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';

export const root = fileURLToPath(new URL('../../..', import.meta.url));

// The repository's own eslint.config.js, less the rules that need TypeScript's type information: those
// read the file from the TypeScript program, which a file that exists only as text here is not part of.
// The rules under test (imports, JSX syntax) read the syntax alone.
const eslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked });

/** The messages of lint for `code` as if it were the file at `path` (relative to the repository). */
export async function lintVirtualFile(path: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${path}` });
  const messages = result?.messages ?? [];
  const fatal = messages.find((message) => message.fatal);
  // A file that did not parse has no rule messages at all: an empty list would prove nothing.
  if (fatal) throw new Error(`${path} could not be linted: ${fatal.message}`);
  return messages;
}
