// The parties: the seller's side, family members with their relation, associates.
import { ID_PREFIXES, MAX_NAME_LENGTH, RELATIONS, ROLES, creditCodeProblem, isExtended, nextId } from '@/domain'
import { valueAt } from '../fields'
import type { ListDefinition } from './types'
import { choices } from './options'

const group = (relation: Parameters<typeof isExtended>[0]) => (isExtended(relation) ? 'extended' : 'immediate')

export const parties: ListDefinition<'parties'> = {
  list: 'parties',
  title: 'section.parties',
  addLabel: 'party.add',
  empty: 'party.empty',
  rows: (view) => view.file.parties.map((record) => ({ key: record.id, record })),
  fields: ({ words }) => [
    { key: 'name', label: 'party.name', type: 'text', required: true, maxLength: MAX_NAME_LENGTH, width: 'wide' },
    { key: 'role', label: 'party.role', type: 'select', required: true, options: () => choices(ROLES, 'role', words) },
    {
      key: 'relation',
      label: 'party.relation',
      type: 'select',
      required: true,
      options: () =>
        RELATIONS.map((relation) => ({
          value: relation,
          label: words.text('party.relationOption', { relation: words.text(`relation.${relation}`), group: words.text(`relationGroup.${group(relation)}`) }),
        })),
      when: (record) => record.role === 'family',
    },
    // The party's block (extra.tracker): the name Chinese documents print, the ID number, a company and its credit code.
    { key: 'extra.tracker.nameZh', label: 'drafts.party.nameZh', type: 'text', maxLength: MAX_NAME_LENGTH },
    { key: 'extra.tracker.company', label: 'drafts.party.company', type: 'checkbox', when: (record) => record.role === 'seller' },
    { key: 'extra.tracker.idNumber', label: 'drafts.party.idNumber', type: 'text', maxLength: MAX_NAME_LENGTH, when: (record) => valueAt(record, 'extra.tracker.company') !== true },
    {
      key: 'extra.tracker.creditCode',
      label: 'drafts.party.creditCode',
      type: 'text',
      maxLength: 18,
      check: creditCodeProblem,
      hint: 'drafts.party.creditCodeHint',
      when: (record) => record.role === 'seller' && valueAt(record, 'extra.tracker.company') === true,
    },
    { key: 'note', label: 'common.note', type: 'longtext', width: 'wide' },
  ],
  columns: ({ words }) => [
    { label: words.text('party.name'), value: ({ record }) => record.name },
    { label: words.text('party.role'), value: ({ record }) => words.text(`role.${record.role}`), nowrap: true },
    {
      label: words.text('party.relation'),
      value: ({ record }) =>
        record.relation ? words.text('party.relationOption', { relation: words.text(`relation.${record.relation}`), group: words.text(`relationGroup.${group(record.relation)}`) }) : '',
    },
    { label: words.text('common.note'), value: ({ record }) => record.note ?? '' },
  ],
  newRecord: ({ view }) => ({ id: nextId(ID_PREFIXES.parties, view.file.parties), name: '', role: 'seller' }),
}
