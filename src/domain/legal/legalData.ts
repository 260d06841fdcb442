// Every legal figure the app shows, in one versioned table: each with its source and
// the date it was checked (../shared/design/legal-context.md, revised 2026-11-30). The
// screens word these figures; they never hold a figure of their own. Figures the page
// marks unconfirmed carry `unconfirmed: true` and are shown as such.
import type { PeriodUnit } from './periods'

/** Bump when a figure changes; shown beside every legal figure with the date it was checked. */
export const LEGAL_DATA_VERSION = '2026-11-30'
/** When the figures below were last checked against their sources. */
export const LEGAL_CHECKED_ON = '2026-11-30'

/** The sources cited, by key (articles are added where cited); each screen names the source of every figure it shows. These are the English words too (`legal.sourceName`). */
export const LEGAL_SOURCES = {
  criminalLaw: 'PRC Criminal Law',
  fraudInterpretation: 'SPC/SPP Interpretation on fraud cases, Fa Shi [2011] No. 7',
  filingStandards: 'SPP/MPS filing standards (II), revised 2022, in force 2022-05-15',
  sentencingOpinions: 'SPC/SPP Guiding Opinions on Sentencing of Common Crimes (trial), Fa Fa [2021] No. 21, part 3',
  cpl: 'PRC Criminal Procedure Law 2018',
  cplInterpretation: 'SPC Interpretation of the Criminal Procedure Law',
  economicCrimeProvisions: 'SPP/MPS provisions on economic crime cases 2017',
  mpsRules: 'MPS procedure rules, Arts. 178-179; CPL Art. 113',
  sppRules: 'SPP Rules 2019',
  civilCode: 'PRC Civil Code, Arts. 394, 402',
  theftOrdinance: 'Theft Ordinance (Cap. 210), ss. 16A, 17',
  cpo: 'Criminal Procedure Ordinance (Cap. 221), s. 73; HKSAR v Cheung Chun Wing [2000]',
  article: 'DeHeng Law Offices, Mondaq, 25 Jan 2017',
} as const
export type LegalSource = keyof typeof LEGAL_SOURCES

/** Sources whose name cites articles of its own ("MPS procedure rules, Arts. 178-179; CPL Art. 113"): the articles, so each language words them. */
export const SOURCE_ARTICLES: Partial<Record<LegalSource, readonly { source: LegalSource; article: string }[]>> = {
  mpsRules: [
    { source: 'mpsRules', article: '178-179' },
    { source: 'cpl', article: '113' },
  ],
  civilCode: [{ source: 'civilCode', article: '394, 402' }],
  theftOrdinance: [{ source: 'theftOrdinance', article: '16A, 17' }],
  cpo: [{ source: 'cpo', article: '73' }],
}

export interface LegalFigure {
  source: LegalSource
  /** The article numbers within the source ("91", "156, 158-160"), worded by `legal.article(s)`. */
  article?: string
  /** The page marks the figure (or its article number) unconfirmed. */
  unconfirmed?: boolean
}

export type FraudTier = 'relatively-large' | 'huge' | 'especially-huge'

/** Fraud (Art. 266) amount tiers in RMB: each province sets its figure within [from, to]; "and up" includes the figure (Art. 99). The example's province is a key of `legal.province` in the words. */
export const FRAUD_TIERS: readonly (LegalFigure & { tier: FraudTier; from: string; to: string; example?: { province: string; figure: string } })[] = [
  { tier: 'relatively-large', from: '3000', to: '10000', example: { province: 'chongqing', figure: '5000' }, source: 'fraudInterpretation', article: '1' },
  { tier: 'huge', from: '30000', to: '100000', example: { province: 'chongqing', figure: '70000' }, source: 'fraudInterpretation', article: '1' },
  { tier: 'especially-huge', from: '500000', to: '500000', source: 'fraudInterpretation', article: '1' },
]

/** Contract fraud (Art. 224): only its filing threshold was confirmed; never the Art. 266 tiers. */
export const CONTRACT_FRAUD_FILING_THRESHOLD: LegalFigure & { amount: string } = {
  amount: '20000',
  source: 'filingStandards',
  unconfirmed: true, // the article number within the standards
}

export type Reduction = 'restitution' | 'compensation-pardon' | 'compensation' | 'pardon'

/** The most each circumstance may reduce the base sentence by (a discretionary ceiling, never a prediction). */
export const SENTENCE_REDUCTIONS: readonly (LegalFigure & { circumstance: Reduction; upTo: string })[] = [
  { circumstance: 'restitution', upTo: '0.3', source: 'sentencingOpinions' },
  { circumstance: 'compensation-pardon', upTo: '0.4', source: 'sentencingOpinions' },
  { circumstance: 'compensation', upTo: '0.3', source: 'sentencingOpinions' },
  { circumstance: 'pardon', upTo: '0.2', source: 'sentencingOpinions' },
]

/** A guilty plea alone, and combined with restitution, compensation and pardon (a ceiling that replaces the separate ones). */
export const GUILTY_PLEA = { alone: '0.3', combined: '0.6', source: 'sentencingOpinions' } as const satisfies LegalFigure & Record<string, string>

/** Statutory criminal reconciliation: only for cases under CPL Art. 288. */
export const RECONCILIATION = { upTo: '0.5', source: 'sentencingOpinions', article: '288', maxSentenceYears: 3, negligentMaxYears: 7 } as const

/** The period codes of the procedure; each deadline follows the event that starts it. */
export type PeriodCode =
  | 'filing-review'
  | 'reconsideration-request'
  | 'reconsideration-decision'
  | 'review-request'
  | 'review-decision'
  | 'arrest-request'
  | 'arrest-decision'
  | 'investigation-custody'
  | 'prosecution-review'
  | 'supplementary-investigation'
  | 'first-instance-trial'
  | 'victim-protest-request'
  | 'defendant-appeal'
  | 'bail'
  | 'residential-surveillance'

export interface StatutoryPeriod extends LegalFigure {
  amount: number
  unit: PeriodUnit
  /** A custody period is never extended by a holiday (CPL Art. 105). `'if-in-custody'`: when the suspect is held. */
  custody: boolean | 'if-in-custody'
  /** Longer limits that need an approval or a ground, each with its code for words; `added` ones run on from the ordinary last day. */
  longer?: readonly { code: string; amount: number; unit: PeriodUnit; added?: boolean }[]
}

/** The statutory time limits of the page's table. */
export const PERIODS: Readonly<Record<PeriodCode, StatutoryPeriod>> = {
  'filing-review': {
    amount: 7,
    unit: 'days',
    custody: false,
    source: 'economicCrimeProvisions',
    article: '15',
    longer: [
      { code: 'majorComplex', amount: 30, unit: 'days' },
      { code: 'nextLevel', amount: 60, unit: 'days' },
    ],
  },
  'reconsideration-request': { amount: 7, unit: 'days', custody: false, source: 'mpsRules' },
  'reconsideration-decision': { amount: 30, unit: 'days', custody: false, source: 'mpsRules' },
  'review-request': { amount: 7, unit: 'days', custody: false, source: 'mpsRules' },
  'review-decision': { amount: 30, unit: 'days', custody: false, source: 'mpsRules' },
  'arrest-request': { amount: 3, unit: 'days', custody: true, source: 'cpl', article: '91' },
  'arrest-decision': { amount: 7, unit: 'days', custody: true, source: 'cpl', article: '91' },
  'investigation-custody': { amount: 2, unit: 'months', custody: true, source: 'cpl', article: '156, 158-160' },
  'prosecution-review': {
    amount: 1,
    unit: 'months',
    custody: 'if-in-custody',
    source: 'cpl',
    article: '172, 175',
    longer: [{ code: 'majorComplex', amount: 15, unit: 'days', added: true }],
  },
  'supplementary-investigation': { amount: 1, unit: 'months', custody: 'if-in-custody', source: 'cpl', article: '175' },
  'first-instance-trial': {
    amount: 2,
    unit: 'months',
    custody: 'if-in-custody',
    source: 'cpl',
    article: '208',
    longer: [{ code: 'atMost', amount: 3, unit: 'months' }],
  },
  'victim-protest-request': { amount: 5, unit: 'days', custody: false, source: 'cpl', article: '229' },
  'defendant-appeal': { amount: 10, unit: 'days', custody: false, source: 'cpl', article: '230' },
  bail: { amount: 12, unit: 'months', custody: false, source: 'cpl', article: '79' },
  'residential-surveillance': { amount: 6, unit: 'months', custody: false, source: 'cpl', article: '79' },
}

/** Detention to the request for arrest, when extended: to at most 7 days, or 30 for roving, serial or gang suspects (CPL Art. 91). */
export const DETENTION_EXTENDED_DAYS = { ordinary: 7, 'roving-serial-gang': 30 } as const
/** Months added to investigation custody by each extension (CPL Arts. 156, 158, 159). */
export const INVESTIGATION_EXTENSION_MONTHS = { 'art-156': 1, 'art-158': 2, 'art-159': 2 } as const
/** At most this many returns for supplementary investigation (CPL Art. 175). */
export const MAX_SUPPLEMENTARY_RETURNS = 2
/** An approved extension of the first-instance trial, on the grounds of Art. 158, with the higher court's approval (CPL Art. 208). */
export const TRIAL_EXTENSION_MONTHS = 3

/** Hong Kong: the maximum sentences on indictment, in years. */
export const HONG_KONG = {
  fraudYears: 14,
  deceptionYears: 10,
  antiScamHelpline: '18222',
  source: 'theftOrdinance',
} as const

/** The date China joined the Apostille Convention. */
export const APOSTILLE_IN_FORCE = '2023-11-07'

/** The articles the sentences of the app cite, by what they say: each language's words cite them from here. */
export const CITED = {
  counting: { source: 'cpl', article: '105' },
  detention: { source: 'cpl', article: '91' },
  closeRelatives: { source: 'cpl', article: '108(6)' },
  filingSupervision: { source: 'cpl', article: '113' },
  supplementaryReturns: { source: 'cpl', article: '175' },
  investigation: { source: 'cpl', article: '156, 158-160' },
  'art-156': { source: 'cpl', article: '156' },
  'art-158': { source: 'cpl', article: '158' },
  'art-159': { source: 'cpl', article: '159' },
  trialExtension: { source: 'cpl', article: '208' },
  reconciliation: { source: 'cpl', article: RECONCILIATION.article },
  andUp: { source: 'criminalLaw', article: '99' },
  fraud: { source: 'criminalLaw', article: '266' },
  contractFraud: { source: 'criminalLaw', article: '224' },
  lowestTier: { source: 'fraudInterpretation', article: '3' },
  noCivilAction: { source: 'cplInterpretation', article: '176' },
  jurisdiction: { source: 'economicCrimeProvisions', article: '8' },
  mustAccept: { source: 'economicCrimeProvisions', article: '14' },
  relativesSettle: { source: 'sppRules', article: '494' },
} as const satisfies Record<string, LegalFigure & { article: string }>
