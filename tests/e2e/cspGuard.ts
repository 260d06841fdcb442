// Every end-to-end test fails on a Content Security Policy violation in any page it drove.
// With CSP_REPORT=file, the count of page loads watched and violations seen is written there.
import { appendFileSync } from 'node:fs'
import { afterAll, afterEach, expect } from 'vitest'
import { takeViolations, watchedPageLoads } from './browser'

let seen = 0

afterEach(() => {
  const found = takeViolations()
  seen += found.length
  expect(found, 'Content Security Policy violations').toEqual([])
})

afterAll(() => {
  const report = process.env.CSP_REPORT
  if (report) appendFileSync(report, `${JSON.stringify({ loads: watchedPageLoads(), violations: seen })}\n`)
})
