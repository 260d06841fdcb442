// The values of the criminal-case fields (issue 11): what each choice may be.

/** Where a company is registered or does business. */
export const REGIONS = ['mainland', 'hong-kong'] as const

/** Signs of fraud the source article and the issue name, and the one sign of a mere breach of contract. */
export const FRAUD_SIGNS = ['vanished', 'junk', 'fake-identity', 'fake-address', 'newly-registered', 'settle-amicably'] as const
export const BREACH_SIGNS = ['spec-mismatch'] as const
export const TRIAGE_SIGNS = [...FRAUD_SIGNS, ...BREACH_SIGNS] as const

/** The offence considered: fraud (Criminal Law Art. 266) or contract fraud (Art. 224, where a company can be charged). */
export const OFFENCES = ['fraud', 'contract-fraud'] as const

/** Engagement documents and evidence items for the police report, in the source article's order; the last two are this project's. */
export const ENGAGEMENT_ITEMS = ['power-of-attorney', 'buyer-registration'] as const
export const ARTICLE_EVIDENCE_ITEMS = [
  'emails',
  'purchase-order',
  'sales-contract',
  'proforma-invoice',
  'commercial-invoice',
  'insurance-policy',
  'certificate-of-origin',
  'bill-of-lading',
  'packing-list',
  'container-declarations',
  'test-report',
] as const
export const PROJECT_EVIDENCE_ITEMS = ['chat-logs', 'bank-records'] as const
export const EVIDENCE_ITEMS = [...ENGAGEMENT_ITEMS, ...ARTICLE_EVIDENCE_ITEMS, ...PROJECT_EVIDENCE_ITEMS, 'other'] as const

/** Where an item stands: each step after the one before. */
export const EVIDENCE_STATUSES = ['missing', 'obtained', 'authenticated', 'translated', 'submitted'] as const
/** How a foreign document is made usable on the mainland. */
export const AUTHENTICATION_ROUTES = ['apostille', 'consular', 'attesting-officer'] as const

/** The events of the procedure, in the order they usually come. */
export const PROCEDURE_EVENTS = [
  'report-submitted',
  'filing-refused',
  'reconsideration-requested',
  'reconsideration-refused',
  'review-requested',
  'case-filed',
  'detained',
  'detention-extended',
  'detention-extended-30',
  'arrest-requested',
  'arrest-approved',
  'arrest-refused',
  'bail',
  'residential-surveillance',
  'investigation-extended-156',
  'investigation-extended-158',
  'investigation-extended-159',
  'referred-for-prosecution',
  'returned-for-supplementary-investigation',
  'indicted',
  'trial-accepted',
  'trial-extended',
  'trial-supplementary-investigation',
  'judgment-received',
  'closed',
] as const

/** How restitution reaches the buyer. */
export const PAYMENT_METHODS = ['direct', 'through-authority'] as const
export const SATISFACTION = ['full', 'partial'] as const
export const PARDON_STATUSES = ['requested', 'drafted', 'signed', 'delivered'] as const
export const PARDON_RECIPIENTS = ['police', 'procuratorate', 'court'] as const
export const LENIENCY = ['requests', 'agrees'] as const
export const DOCUMENT_LANGUAGES = ['zh', 'en', 'both'] as const
/** What secures a deferred part for the buyer: a mortgage registered in its favour, or a guarantee. */
export const SECURITY_KINDS = ['registered-mortgage', 'guarantee'] as const

export type Region = (typeof REGIONS)[number]
export type TriageSign = (typeof TRIAGE_SIGNS)[number]
export type Offence = (typeof OFFENCES)[number]
export type EvidenceItemKind = (typeof EVIDENCE_ITEMS)[number]
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number]
export type AuthenticationRoute = (typeof AUTHENTICATION_ROUTES)[number]
export type ProcedureEventKind = (typeof PROCEDURE_EVENTS)[number]
export type PaymentMethod = (typeof PAYMENT_METHODS)[number]
export type PardonStatus = (typeof PARDON_STATUSES)[number]
export type PardonRecipient = (typeof PARDON_RECIPIENTS)[number]
export type SecurityKind = (typeof SECURITY_KINDS)[number]
