// Counting statutory periods as CPL Art. 105 and the SPC's month rule count them.
import { describe, expect, it } from 'vitest'
import { addLegalPeriod, dayOfWeek, isWeekend } from '@/domain'

describe('addLegalPeriod', () => {
  it.each([
    // days: the start day is not counted
    ['2024-05-10', 3, 'days', '2024-05-13'],
    ['2024-05-10', 0, 'days', '2024-05-10'],
    ['2024-04-28', 7, 'days', '2024-05-05'],
    // a detention on the last day of a month runs into the next
    ['2024-01-31', 3, 'days', '2024-02-03'],
    ['2024-02-29', 3, 'days', '2024-03-03'],
    ['2023-02-28', 3, 'days', '2023-03-03'],
    // year ends
    ['2024-12-31', 1, 'days', '2025-01-01'],
    ['2024-12-30', 7, 'days', '2025-01-06'],
    // half a month is 15 days
    ['2024-02-20', 15, 'days', '2024-03-06'],
    ['2023-02-20', 15, 'days', '2023-03-07'],
    // a month runs to the same day of the later month
    ['2024-05-10', 1, 'months', '2024-06-10'],
    ['2024-05-10', 2, 'months', '2024-07-10'],
    ['2024-01-15', 1, 'months', '2024-02-15'],
    // from the last day of a month to the last day of the later month
    ['2024-04-30', 1, 'months', '2024-05-31'],
    ['2024-02-29', 1, 'months', '2024-03-31'],
    ['2023-02-28', 1, 'months', '2023-03-31'],
    ['2024-06-30', 2, 'months', '2024-08-31'],
    ['2024-01-31', 2, 'months', '2024-03-31'],
    // where the later month has no such day, to its last day (leap and common years)
    ['2024-01-31', 1, 'months', '2024-02-29'],
    ['2023-01-31', 1, 'months', '2023-02-28'],
    ['2024-01-30', 1, 'months', '2024-02-29'],
    ['2023-01-29', 1, 'months', '2023-02-28'],
    ['2024-03-31', 1, 'months', '2024-04-30'],
    ['2024-08-31', 1, 'months', '2024-09-30'],
    // not the last day of February in a leap year: the same day
    ['2024-02-28', 1, 'months', '2024-03-28'],
    // across year ends
    ['2024-12-31', 1, 'months', '2025-01-31'],
    ['2024-11-30', 2, 'months', '2025-01-31'],
    ['2023-12-31', 2, 'months', '2024-02-29'],
    ['2024-12-31', 2, 'months', '2025-02-28'],
    ['2024-12-15', 1, 'months', '2025-01-15'],
    ['2024-06-10', 12, 'months', '2025-06-10'],
    ['2024-02-29', 12, 'months', '2025-02-28'],
    ['2023-02-28', 12, 'months', '2024-02-29'],
  ] as const)('%s + %i %s ends on %s', (start, amount, unit, expected) => {
    expect(addLegalPeriod(start, amount, unit)).toBe(expected)
  })

  it.each([
    ['2024-02-30', 1, 'days'],
    ['2024-13-01', 1, 'months'],
    ['24-01-01', 1, 'days'],
    ['2024-05-10', -1, 'days'],
    ['2024-05-10', 1.5, 'months'],
  ] as const)('refuses %s + %s %s', (start, amount, unit) => {
    expect(() => addLegalPeriod(start, amount, unit)).toThrow(RangeError)
  })
})

describe('weekdays', () => {
  it.each([
    ['2024-06-01', 6, true],
    ['2024-06-02', 0, true],
    ['2024-06-03', 1, false],
    ['2024-05-31', 5, false],
    ['1970-01-01', 4, false],
    ['1969-12-28', 0, true],
  ] as const)('%s is day %i of the week', (iso, day, weekend) => {
    expect(dayOfWeek(iso)).toBe(day)
    expect(isWeekend(iso)).toBe(weekend)
  })
})
