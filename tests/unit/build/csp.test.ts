// VITE_SYNC_ORIGIN: the one origin of a sync server added to connect-src (build/csp.ts), never a wildcard.
import { describe, expect, it } from 'vitest'
import { PRODUCTION_POLICY, policyText, syncOrigin, withSyncOrigin } from '../../../build/csp'

describe('syncOrigin', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['   ', null],
    ['https://couch.example.org', 'https://couch.example.org'],
    ['https://couch.example.org:6984', 'https://couch.example.org:6984'],
    [' https://couch.example.org ', 'https://couch.example.org'],
    ['http://localhost:5984', 'http://localhost:5984'],
    ['http://127.0.0.1:5984', 'http://127.0.0.1:5984'],
    ['http://[::1]:5984', 'http://[::1]:5984'],
  ])('accepts %j as %j', (value, origin) => {
    expect(syncOrigin(value)).toBe(origin)
  })

  it.each([
    ['*', /wildcard/],
    ['https://*.example.org', /wildcard/],
    ['https:', /not an origin/],
    ['couch.example.org', /not an origin/],
    ['http://couch.example.org', /https/],
    ['ws://localhost:5984', /https/],
    ['https://couch.example.org/', /write https:\/\/couch\.example\.org/],
    ['https://couch.example.org/couchdb', /no path/],
    ['https://admin:pw@couch.example.org', /not an origin alone/],
    ['https://Couch.Example.org', /write https:\/\/couch\.example\.org/],
    ['https://couch.example.org:443', /write https:\/\/couch\.example\.org /],
    ["https://couch.example.org 'unsafe-inline'", /not an origin/],
    ['https://couch.example.org; script-src *', /wildcard/],
    ['https://couch.example.org;script-src', /host name/],
    ['https://couch_example.org', /host name/],
    ['https://couch.example.org,https://evil.example', /host name/],
  ])('refuses %j', (value, message) => {
    expect(() => syncOrigin(value)).toThrow(message)
  })
})

describe('withSyncOrigin', () => {
  const policy = { 'default-src': ["'self'"], 'connect-src': ["'self'"] }

  it('adds the origin to connect-src only', () => {
    expect(policyText(withSyncOrigin(policy, 'https://couch.example.org'))).toBe("default-src 'self'; connect-src 'self' https://couch.example.org")
    expect(policy['connect-src']).toEqual(["'self'"])
  })

  it('leaves the policy alone without an origin', () => {
    expect(withSyncOrigin(policy, null)).toBe(policy)
  })

  it("is not in this run's production policy (VITE_SYNC_ORIGIN unset)", () => {
    expect(process.env.VITE_SYNC_ORIGIN ?? '').toBe('')
    expect(PRODUCTION_POLICY['connect-src']).toEqual(["'self'"])
  })
})
