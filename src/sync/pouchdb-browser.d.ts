// pouchdb-browser ships no types; team sync types what it uses in pouch.ts.
declare module 'pouchdb-browser' {
  const PouchDB: unknown
  export default PouchDB
}
