// Every problem a case file or a form field can have, by code, with its English
// sentence. The code and parameters travel with each issue so a screen can word
// it in another language; the English sentences are the app's `en` catalogue too.

export const PROBLEM_TEXTS = {
  // the whole text
  'file.notText': 'A case file must be text.',
  'file.tooLarge': 'The file is larger than 5 MiB, the most a case file may be. Check that it is a case file.',
  'file.notJson': 'The file is not readable JSON ({detail}). It may be damaged, or not a case file.',
  'file.notObject': 'A case file must be one JSON object (in curly braces) at the top level.',
  'file.tooDeep': 'The file is nested more than {max} levels deep; a case file never is. It may be damaged.',
  'file.invalid': 'The case file is not valid.',
  'file.forbiddenKey': 'This key is not allowed in a case file (it could tamper with the program).',
  'file.wrongFormat': 'This must be "{format}": the file is not a restitution case file.',
  'file.newerVersion':
    'This case file is version {found}, written by a newer version of the app; this app reads version {supported}. Update the app to open it.',
  'file.unsupportedVersion': 'This app reads case files of version {supported}.',
  'file.unknownKey': 'Unknown field "{key}". Check its spelling; extra information belongs in an "extra" record.',
  // values
  'value.required': 'This field is required.',
  'value.null': 'null is not a value here: give a value, or leave an optional field out.',
  'value.quoteNumber': 'Write this value in quotes, as text (e.g. "1000"): numbers can lose cents.',
  'value.list': 'This must be a list (in square brackets).',
  'value.record': 'This must be a record (in curly braces).',
  'value.text': 'This must be text in quotes.',
  'value.boolean': 'This must be true or false.',
  'value.choice': 'Use one of: {values}.',
  'value.blank': 'This cannot be blank.',
  'value.tooLong': 'This text is too long: at most {max} characters.',
  'value.extra': 'Put additional information in a record (in curly braces).',
  'amount.empty': 'Enter an amount.',
  'amount.negative': 'An amount cannot be negative.',
  'amount.exponent': 'Write the amount in plain digits, without an exponent.',
  'amount.separators': 'Write the amount without separators or spaces, e.g. 85000.50.',
  'amount.point': 'Put digits on both sides of the decimal point, e.g. 0.5 or 5.0.',
  'amount.tooManyDigits': 'An amount can have at most 15 digits before the decimal point.',
  'amount.tooManyDecimals': 'An amount can have at most 8 digits after the decimal point.',
  'amount.format': 'Write the amount as plain digits with an optional decimal point, e.g. 85000 or 85000.50.',
  'amount.zero': 'The amount must be greater than zero.',
  'amount.decimalComma': 'In {amount}, is the comma a decimal point? Write 27.50 for twenty-seven and a half, or 2,750 for two thousand seven hundred and fifty.',
  'amount.grouping': 'The separators in {amount} are not between thousands, so the amount is unclear. Write it as 1,234,567.89 or 1234567.89.',
  'amount.ambiguousSign': '“{sign}” stands for more than one currency of this case ({options}): type the code instead.',
  'amount.twoCurrencies': 'This names two currencies, {first} and {second}: keep one.',
  'amount.noCurrencyHere': 'This is a plain number: leave out the currency.',
  'setting.overOne': 'This setting is a fraction, at most 1 (e.g. 0.8 for 80%).',
  'setting.zero': 'This setting must be greater than 0 (e.g. 0.8 for 80%).',
  'date.format': 'Write the date as YYYY-MM-DD, e.g. 2024-05-03.',
  'date.month': 'There is no month {month}; write the date as YYYY-MM-DD.',
  'date.notReal': '{date} is not a real calendar date.',
  'date.typed': 'Type the date as year, month and day, e.g. 2026-01-15 or 2026/1/15.',
  // invisible characters in a text (invisibleText.ts)
  'text.rlo': 'This contains an invisible right-to-left override (U+202E), which shows the text after it backwards; remove it.',
  'text.lro': 'This contains an invisible left-to-right override (U+202D), which forces the order of the text after it; remove it.',
  'text.rle': 'This contains an invisible right-to-left embedding (U+202B), which changes the order of the text after it; remove it.',
  'text.lre': 'This contains an invisible left-to-right embedding (U+202A), which changes the order of the text after it; remove it.',
  'text.pdf': 'This contains an invisible pop directional formatting (U+202C), a direction control; remove it.',
  'text.rli': 'This contains an invisible right-to-left isolate (U+2067), a direction control; remove it.',
  'text.lri': 'This contains an invisible left-to-right isolate (U+2066), a direction control; remove it.',
  'text.fsi': 'This contains an invisible first strong isolate (U+2068), a direction control; remove it.',
  'text.pdi': 'This contains an invisible pop directional isolate (U+2069), a direction control; remove it.',
  'text.control': 'This contains an invisible control character ({code}); remove it. Only tabs and line breaks are kept.',
  'id.format': 'An id is 1 to 64 letters, digits, "-" or "_".',
  'currency.format': 'A currency is a three-letter ISO code in capitals, e.g. USD or CNY.',
  // records
  'offer.from': 'Say who made this move: "from" is "seller" or "buyer".',
  'offer.noComponents': 'A seller offer needs at least one part (who pays, how, how much).',
  'offer.sellerHasAmount': 'A seller offer has no "{key}" of its own: its parts (components) carry amounts and currencies.',
  'offer.demandHasComponents': 'A buyer demand has an amount and a currency (or parts, each with an amount and a currency), not components.',
  'offer.demandNeedsAmount': 'A buyer demand needs an amount and a currency, or parts (one amount for each currency).',
  'offer.demandTwoForms': 'A buyer demand has either an amount and a currency, or parts: not both. Keep one.',
  'offer.noParts': 'Give at least one part (an amount and its currency).',
  'payment.fewPayers': 'List two or more payers here, or name a single payer as the payment\'s party.',
  'payment.twoPayerForms': 'A payment names one payer (its party) or several (payers), not both. Keep one.',
  'payment.payersSum': 'The payers\' amounts add up to {sum} {currency}, but the payment is {amount} {currency}: they must add up exactly.',
  'offer.answersItself': 'An offer cannot answer itself; name the offer or demand it answers.',
  'id.duplicate': 'Another {what} already has the id "{id}"; each id must be unique in its list.',
  'fx.isBase': '{currency} is the base currency; it needs no exchange rate.',
  'fx.duplicate': 'There is already an exchange rate for {currency}; give each currency one rate.',
  'fx.tooSmall': 'This rate is too large to turn round within 8 decimal places: enter it the other way round (units of the currency per one unit of the base).',
  'fx.missing': 'There is no exchange rate for {currency}. Add one under exchange rates (how many {currency} one {base} buys).',
  'ref.missing': 'There is no {what} with the id "{id}".',
  'record.gone': 'This {what} is no longer in the case; it may have been deleted in another tab or window. Nothing was changed.',
  'record.noCase': 'No case is open.',
  'record.readOnly': 'This account may only read the team’s cases: nothing can be changed.',
  'party.needsRelation': 'A family member needs a relation to the seller (e.g. parent, sibling, cousin).',
  'party.relationNotFamily': 'Only family members have a relation; this party\'s role is "{role}".',
  'component.needsProperty': 'A {kind} must name the property it relies on (the one mortgaged or sold).',
  'component.propertyNotAllowed': 'Only a mortgage loan or a property sale names a property.',
  // changing the base currency
  'rebase.same': '{currency} is already the base currency.',
  'rebase.needsRate': 'Give the rate between the two currencies (how many {to} one {from} buys), so every rate can be converted.',
  'rebase.rateTooSmall': 'With {to} as the base, the rate for {currency} would be smaller than 0.00000001, too small to write. Keep the base, or remove that rate first.',
  'rebase.rateTooLarge': 'With {to} as the base, the rate for {currency} would have more than 15 digits before the decimal point. Keep the base, or remove that rate first.',
  // the app's own blocks (extra.tracker)
  'legal.outOfRange': 'A province sets this figure between RMB {from} and RMB {to}; give a figure in that range.',
  'security.needsProperty': 'A mortgage registered in the buyer’s favour must name the property it is registered on.',
  'security.needsGuarantor': 'A guarantee must name the party who guarantees the part.',
  'party.creditCodeLength': 'A unified social credit code has 18 characters; this one has {length}.',
  'party.creditCodeCharacter': 'A unified social credit code uses digits and capital letters other than I, O, S, V and Z; “{character}” is not one of them.',
  'party.creditCodeCheck': 'The last character (the check character) should be {expected} for the 17 before it, not {found} (GB 32100-2015): check the code for a mistyped character.',
  // backups (files of many cases)
  'backup.notText': 'A backup must be text.',
  'backup.notJson': 'The file is not readable JSON. It may be damaged, or not a backup of this app.',
  'backup.notObject': 'This file is not a backup of this app: a backup is one JSON object (in curly braces).',
  'backup.isCase': 'This is a single case file, not a backup. Use "Import case file" to add it.',
  'backup.wrongFormat': 'This file is not a backup of this app: "format" must be "{format}".',
  'backup.newerVersion':
    'This backup is version {found}, made by a newer version of the app; this app reads version {supported}. Update the app to restore it.',
  'backup.unsupportedVersion': 'This app reads backups of version {supported}.',
  'backup.unknownKey': 'Unknown field "{key}"; a backup holds only its cases.',
  'backup.exportedAt': 'The export time must be text, e.g. "2024-05-03T10:00:00.000Z".',
  'backup.noCases': 'A backup needs a list of cases ("cases": [ … ]).',
  'backup.duplicateCase': 'Another case in this backup has the id "{id}"; each case needs its own id.',
  'backup.tooLarge': 'The file is larger than {max} MiB, the most a backup may be. Check that it is a backup of this app.',
  'backup.caseTooLarge': 'This case would be a file of {size} MiB; a case file may be at most 5 MiB, so it cannot be restored (its own export would be refused).',
  // encrypted files (a case file or backup protected with a passphrase)
  'encrypted.damaged': 'This encrypted file is damaged or incomplete, so it cannot be opened. Ask for the file again.',
  'encrypted.newerVersion':
    'This encrypted file is version {found}, made by a newer version of the app; this app reads version {supported}. Update the app to open it.',
  'encrypted.unsupported': 'This file is encrypted in a way this app does not use, so it was not made by this app and cannot be opened.',
  'encrypted.noPassphrase': 'Enter the passphrase the file was protected with.',
  'encrypted.wrongPassphrase':
    'The passphrase is wrong, or the file was changed after it was encrypted. Check the passphrase (capitals, spaces and punctuation count) and try again.',
  'encrypted.unavailable': 'This browser cannot encrypt or decrypt files on this page: open the app over https (or from this computer) and try again.',
  'encrypted.isBackup': 'This is an encrypted backup, not a case file. Use "Restore from backup" to restore it.',
  'encrypted.isCase': 'This is an encrypted case file, not a backup. Use "Import case file" to add it.',
} as const

export type ProblemCode = keyof typeof PROBLEM_TEXTS
export type ProblemParams = Record<string, string | number>

export interface Problem {
  code: ProblemCode
  params: ProblemParams
}

export function problem(code: ProblemCode, params: ProblemParams = {}): Problem {
  return { code, params }
}

/** The English sentence of a problem. */
export function problemText({ code, params }: Problem): string {
  return PROBLEM_TEXTS[code].replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole
    const value = params[name]
    return typeof value === 'number' ? value.toLocaleString('en-US') : String(value)
  })
}
