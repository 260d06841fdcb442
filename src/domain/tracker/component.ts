// What the app adds to a part of a seller offer.
export const componentFields = {}
