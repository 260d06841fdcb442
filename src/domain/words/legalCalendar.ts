// The engine's English for the official holiday calendar and what the record implies about
// a deadline (issue 19). Part of LEGAL_TEXTS (as `legal.calendar`); zh-CN has the same keys.
export const CALENDAR_TEXTS = {
  covers: 'Holidays from the State Council’s official calendar for {from}–{to} (the chinese-days package); other years are not known to the app.',
  moved: 'Falls on {holiday}: the period ends on {date}, the first day after the holiday (CPL Art. 105).',
  holiday: {
    weekend: 'a weekend',
    'new-year': 'New Year’s Day',
    'spring-festival': 'the Spring Festival',
    'tomb-sweeping': 'Tomb-sweeping Day',
    'labour-day': 'Labour Day',
    'dragon-boat': 'the Dragon Boat Festival',
    'mid-autumn': 'the Mid-autumn Festival',
    'national-day': 'the National Day holiday',
    'victory-70th': 'the 70th anniversary of the victory (2015)',
  },
  note: {
    'extension-implied': 'No extension is recorded, but the decision came more than 10 days after detention: the police’s time to request arrest must have been extended (by 1 to 4 days at least, CPL Art. 91).',
    'extension-30-implied': 'No extension is recorded, but the decision came more than 14 days after detention: the 30-day extension for roving, serial or gang suspects must have been used (CPL Art. 91).',
    'trial-from-indictment': 'Counted from the indictment: the trial period runs from the court’s acceptance (受理); record it for the exact last day.',
  },
} as const

export type CalendarTexts = typeof CALENDAR_TEXTS
