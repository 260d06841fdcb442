// Issue 18, item 9, through the repository: an import with a right-to-left override in a party
// name is refused at parties[N].name and stores nothing; names in Arabic or Hebrew import, and
// their export (and backup) holds no isolate, only the names as written.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { CaseFileError } from '@/domain'
import { exampleCases, freshRepository } from './helpers'

const harbor = () => exampleCases().find((example) => example.name === 'harbor-tools')!

describe('importing text with direction controls', () => {
  it('refuses U+202E at the end of the second party’s name, at parties[1].name, and stores nothing', async () => {
    const { repository } = await freshRepository()
    const raw = JSON.parse(harbor().text) as { parties: { name: string }[] }
    raw.parties[1]!.name = `${raw.parties[1]!.name}\u202E`
    const refused = await repository.importText(JSON.stringify(raw)).then(
      () => null,
      (error: unknown) => error,
    )
    expect(refused).toBeInstanceOf(CaseFileError)
    expect((refused as CaseFileError).issues.map((issue) => [issue.path, issue.code, issue.message])).toEqual([
      ['parties[1].name', 'text.rlo', 'This contains an invisible right-to-left override (U+202E), which shows the text after it backwards; remove it.'],
    ])
    expect(await repository.list()).toEqual([])
  })

  it('keeps names in Arabic and Hebrew as written, and exports them without any isolate', async () => {
    const { repository } = await freshRepository()
    const raw = JSON.parse(harbor().text) as { parties: { name: string }[] }
    raw.parties[0]!.name = 'محمد الأحمد'
    raw.parties[1]!.name = 'דוד כהן'
    const { id } = await repository.importText(JSON.stringify(raw))
    const exported = await repository.exportText(id)
    expect(exported).toContain('"name": "محمد الأحمد"')
    expect(exported).toContain('"name": "דוד כהן"')
    expect(exported).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
    expect(await repository.exportBackup()).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
  })
})
