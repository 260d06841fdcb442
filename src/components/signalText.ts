// A signal's sentence in any language, worded from its facts through the catalogue.
import type { Relation, Signal } from '@/domain'
import type { Formatter } from '@/i18n/format'

type Translate = (key: string, named?: Record<string, unknown>) => string

export function signalSentence(signal: Signal, t: Translate, format: Formatter, currency: string): string {
  const money = (value: Parameters<Formatter['money']>[0]) => format.money(value, currency)
  const who = (entry: { name: string; relation?: Relation | undefined }) =>
    entry.relation ? t('signal.who', { name: entry.name, relation: t(`relation.${entry.relation}`) }) : entry.name
  const list = (entries: { name: string; relation?: Relation | undefined; amount: Parameters<Formatter['money']>[0] }[]) =>
    entries.map((c) => `${who(c)} ${money(c.amount)}`).join(t('signal.separator'))
  const facts = signal.facts
  switch (facts.code) {
    case 'FAMILY_IMMEDIATE':
    case 'FAMILY_EXTENDED':
      return t(`signal.${facts.code}`, { amount: money(facts.amount), list: list(facts.contributors) })
    case 'FAMILY_PROPERTY':
    case 'SELLER_PROPERTY':
      return t(`signal.${facts.code}`, {
        amount: money(facts.amount),
        list: facts.pledges
          .map((p) => {
            const owner = who({ name: p.ownerName, relation: p.ownerRelation })
            const pledge = t(`signal.pledge.${p.kind === 'mortgage' ? 'mortgage' : 'sale'}`, { who: owner, property: p.property, amount: money(p.amount) })
            return p.partyId === p.ownerId ? pledge : `${pledge} ${t('signal.paidThrough', { who: who(p) })}`
          })
          .join(t('signal.separator')),
      })
    case 'THIRD_PARTY_MAJORITY':
      return t('signal.THIRD_PARTY_MAJORITY', {
        part: money(facts.thirdParty),
        total: money(facts.total),
        share: format.percent(facts.share),
        threshold: format.percent(facts.threshold),
        list: list(facts.contributors),
      })
    case 'CONCESSIONS_SHRINKING': {
      const step = facts.concession.isNegative() ? 'lowered' : facts.concession.isZero() ? 'unchanged' : 'raised'
      return t(`signal.CONCESSIONS_SHRINKING.${step}`, {
        step: money(facts.concession.abs()),
        previous: money(facts.previousConcession),
        factor: format.percent(facts.factor),
      })
    }
  }
}
