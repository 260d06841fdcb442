// The criminal case around the money (issue 11): where to report, fraud or breach
// of contract, the evidence checklist, the procedure's events, the settlement
// documents. Each is an optional part of the case's tracker block.
export const criminalFields = {}
