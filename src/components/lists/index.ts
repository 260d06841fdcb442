// Every list of the case as the workspace shows it, in one place.
export { parties } from './parties'
export { losses } from './losses'
export { properties } from './properties'
export { payments } from './payments'
export { costs } from './costs'
export { rates } from './exchangeRates'
export type { Column, ListContext, ListDefinition, ListRow } from './types'
export { asOption, choices, COMMON_CURRENCIES, currencyField, currencyOptions, offerOptions, partyOptions, propertyOptions, rateSuggestions } from './options'
