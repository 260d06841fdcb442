// The embedded sync server on the app's own origin (/couchdb/), reached from a page under the
// app's Content Security Policy (`connect-src 'self'`; tests/e2e/cspGuard.ts fails on any
// violation), and the faults the sync tests make with it: stop in the middle of a request, restart.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { baseUrl, freshPage, launch } from './browser'
import { basicAuth, restartSyncServer, stopSyncServer, storedDocuments, syncServer, syncServerState } from './sync'

let browser: Browser
let context: BrowserContext
let page: Page

beforeAll(async () => {
  browser = await launch()
  ;({ context, page } = await freshPage(browser))
  await page.goto(baseUrl())
  await page.locator('#app > *').first().waitFor()
})

afterAll(async () => {
  await context?.close()
  await browser?.close()
})

afterEach(async () => {
  if (!(await syncServerState()).running) await restartSyncServer()
})

interface Answer {
  status: number
  body: Record<string, unknown> | null
  authenticate: string | null
}

/** A request from the page, as the app's PouchDB makes them: same origin, Basic authentication. */
function fromPage(path: string, init: { method?: string; authorization?: string; body?: unknown } = {}): Promise<Answer> {
  return page.evaluate(async ({ path, init }) => {
    const headers: Record<string, string> = { Accept: 'application/json', 'Content-Type': 'application/json' }
    if (init.authorization) headers.Authorization = init.authorization
    const response = await fetch(path, { method: init.method ?? 'GET', headers, ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }) })
    const text = await response.text()
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : null, authenticate: response.headers.get('WWW-Authenticate') }
  }, { path, init })
}

describe('the sync server at /couchdb/', () => {
  it("answers the app's page on its own origin, under its Content Security Policy", async () => {
    expect(syncServer().url).toBe(`${baseUrl()}/couchdb`)
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(policy).toContain("connect-src 'self';")

    const welcome = await fromPage('/couchdb/')
    expect(welcome).toMatchObject({ status: 200, body: { couchdb: 'Welcome', version: '3.x-compatible' } })
  })

  it('admits the writer and the reader with Basic authentication, and nobody else', async () => {
    const { database, writer, reader } = syncServer()
    const anonymous = await fromPage(`/couchdb/${database}`)
    expect(anonymous.status).toBe(401)
    // No WWW-Authenticate: the browser never puts up a login box of its own.
    expect(anonymous.authenticate).toBeNull()
    expect(await fromPage(`/couchdb/${database}`, { authorization: basicAuth(writer) })).toMatchObject({ status: 200, body: { db_name: database } })

    const id = `e2e-${Date.now()}`
    expect((await fromPage(`/couchdb/${database}/${id}`, { method: 'PUT', authorization: basicAuth(writer), body: { v: 1, c: 'ciphertext' } })).status).toBe(201)
    expect((await fromPage(`/couchdb/${database}/${id}`, { authorization: basicAuth(reader) })).body).toMatchObject({ c: 'ciphertext' })
    expect(await fromPage(`/couchdb/${database}/${id}-2`, { method: 'PUT', authorization: basicAuth(reader), body: { v: 1 } })).toMatchObject({ status: 403, body: { error: 'forbidden' } })
  })

  it('stops in the middle of a request, answers 503 while stopped, and comes back with what it stored', async () => {
    const { database, writer } = syncServer()
    const id = `kept-${Date.now()}`
    await fromPage(`/couchdb/${database}/${id}`, { method: 'PUT', authorization: basicAuth(writer), body: { v: 1, c: 'kept' } })

    // A changes feed waiting for news, as a live replication keeps one.
    const waiting = page.evaluate(
      async ({ database, authorization }) => {
        try {
          const response = await fetch(`/couchdb/${database}/_changes?feed=longpoll&since=now&timeout=30000`, { headers: { Authorization: authorization } })
          return `answered ${response.status}`
        } catch (error) {
          return `cut off: ${String(error)}`
        }
      },
      { database, authorization: basicAuth(writer) },
    )
    await expect.poll(async () => (await syncServerState()).inFlight).toBe(1)

    expect(await stopSyncServer()).toMatchObject({ running: false })
    // Cut off; or Chromium, finding the connection closed, asked again and was told 503.
    expect(await waiting).toMatch(/^(cut off: TypeError|answered 503)/)
    expect(await fromPage(`/couchdb/${database}`, { authorization: basicAuth(writer) })).toMatchObject({ status: 503, body: { error: 'unavailable' } })
    // The operator's view of the stored documents answers while the server is down.
    expect((await storedDocuments()).some((document) => document._id === id && document.c === 'kept')).toBe(true)

    expect(await restartSyncServer()).toMatchObject({ running: true })
    expect(await fromPage(`/couchdb/${database}/${id}`, { authorization: basicAuth(writer) })).toMatchObject({ status: 200, body: { c: 'kept' } })
  })
})
