import type { ConfigError } from '../shared/config/ConfigError';

/** Shown instead of the console when `/config.json` cannot be used: which file, which field, what is wrong. */
export function ConfigErrorPage({ error }: { error: ConfigError }) {
  return (
    <main className="config-error">
      <section role="alert" aria-labelledby="config-error-heading">
        <h1 id="config-error-heading">The console cannot start</h1>
        <p>
          The runtime configuration file <code>{error.file}</code> has {error.problems.length === 1 ? 'a problem' : 'problems'}:
        </p>
        <ul className="config-error__problems">
          {error.problems.map((problem) => (
            <li key={`${problem.field}: ${problem.message}`}>
              <code>{problem.field}</code>: {problem.message}
            </li>
          ))}
        </ul>
        <p>Fix the file (see README.md, “Pointing at a real GWS”) and reload this page.</p>
      </section>
    </main>
  );
}
