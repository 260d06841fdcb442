// Lint (issue 21): components receive shown values and never parse a decimal; only the chart
// adapter builds numbers for chart.js. Checked on probe texts linted as if they were files there.
import { describe, expect, it } from 'vitest'
import { ESLint } from 'eslint'

const eslint = new ESLint({ cwd: process.cwd() })
async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message)
}

describe('no decimal parsing in src/components', () => {
  it('refuses Dec imported as a value, from the domain or decimal.js', async () => {
    expect(await ruleIds("import { Dec } from '@/domain'\nexport const f = (a: string) => new Dec(a)\n", 'src/components/lists/probe.ts')).toContain('@typescript-eslint/no-restricted-imports')
    expect(await ruleIds("import Decimal from 'decimal.js'\nexport const f = (a: string) => new Decimal(a)\n", 'src/components/probe.ts')).toContain('@typescript-eslint/no-restricted-imports')
  })

  it('allows Dec as a type, and the chart adapter', async () => {
    expect(await ruleIds("import { type Dec } from '@/domain'\nexport const f = (a: Dec) => a\n", 'src/components/probe.ts')).not.toContain('@typescript-eslint/no-restricted-imports')
    expect(await ruleIds("import { Dec } from '@/domain'\nexport const f = (a: string) => new Dec(a)\n", 'src/components/analysis/chartAdapter.ts')).not.toContain('@typescript-eslint/no-restricted-imports')
  })
}, 60_000)
