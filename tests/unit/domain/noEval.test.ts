// The app's Content Security Policy forbids eval: reading a case must never build code from text.
// (Zod probes for eval with `new Function('')` on the first parse unless configured jitless;
// under the policy each probe is a violation.)
import { afterEach, describe, expect, it, vi } from 'vitest'
import { validExamples } from '../../support/examples'

afterEach(() => {
  vi.unstubAllGlobals()
  vi.resetModules()
})

describe('reading a case without eval', () => {
  it('parses and summarizes every worked example without ever calling Function', async () => {
    const calls: string[] = []
    const original = globalThis.Function
    // A trap like the browser's: any attempt to make code from text is counted and refused.
    const trap = new Proxy(original, {
      apply(_target, _this, args: unknown[]) {
        calls.push(String(args.at(-1)))
        throw new EvalError('Refused to evaluate a string as JavaScript (test policy)')
      },
      construct(_target, args: unknown[]) {
        calls.push(String(args.at(-1)))
        throw new EvalError('Refused to evaluate a string as JavaScript (test policy)')
      },
    })
    vi.stubGlobal('Function', trap)
    // Fresh modules, so zod's one-time probe runs under the trap.
    vi.resetModules()
    const { parseCaseFileText, summarizeCase } = await import('@/domain')
    for (const example of validExamples()) summarizeCase(parseCaseFileText(example.caseText))
    expect(() => parseCaseFileText('{"format":"restitution-case","version":1}')).toThrow()
    expect(calls).toEqual([])
  })
})
