import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

// axe-core with the production Content-Security-Policy left on: axe's source is evaluated through the
// DevTools protocol (not an inline <script>, which the CSP forbids).

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe on the page (or under `include`), returns the serious and critical violations (the others are logged). */
export async function seriousViolations(page: Page, include?: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axeSource);
  const context = include === undefined ? 'document' : JSON.stringify({ include: [include] });
  const violations = await page.evaluate<AxeViolation[]>(
    `axe.run(${context}, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })))`,
  );
  const others = violations.filter((violation) => violation.impact !== 'serious' && violation.impact !== 'critical');
  if (others.length > 0) console.log(`axe, minor/moderate: ${others.map((violation) => `${violation.id} (${violation.impact})`).join(', ')}`);
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** 0 serious or critical violations on the page (or under `include`); `where` names the view in the failure. */
export async function expectNoSeriousViolations(page: Page, where: string, include?: string): Promise<void> {
  const violations = await seriousViolations(page, include);
  if (violations.length > 0) console.error(`axe violations (${where}):\n${JSON.stringify(violations, null, 2)}`);
  expect(violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help}`), where).toEqual([]);
}
