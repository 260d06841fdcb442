// What the team sync browser tests share (teamSync.e2e.ts, syncFaults.e2e.ts): a team database of
// their own on the embedded server, connecting a device through the app's sync page, moving inside
// the app, and the page errors that are the replication protocol's own.
//
// Move within the app, never by loading a page: the server password and the team passphrase live in
// the page's memory only (docs/sync.md §5.2), so a reload locks sync until they are given again.
import { expect } from 'vitest'
import type { Page } from 'playwright-core'
import { baseUrl, pageErrors } from './browser'
import { basicAuth, syncServer } from './sync'
import { fill } from './ui'

export const SYNC_PASSPHRASE = 'copper lantern meadow quartz ripple'

export function adminHeaders(): Record<string, string> {
  return { Authorization: basicAuth(syncServer().admin), 'Content-Type': 'application/json', Accept: 'application/json' }
}

/** A database of the team's own for one test file, set up as docs/sync.md §8 sets up CouchDB. */
export async function newDatabase(tag: string): Promise<string> {
  const { url, database: shared } = syncServer()
  const headers = adminHeaders()
  const name = `e2e-${tag}-${Date.now()}`
  expect((await fetch(`${url}/${name}`, { method: 'PUT', headers })).ok).toBe(true)
  const security = { admins: { names: [], roles: [] }, members: { names: [], roles: ['writer', 'reader'] } }
  expect((await fetch(`${url}/${name}/_security`, { method: 'PUT', headers, body: JSON.stringify(security) })).ok).toBe(true)
  const design = (await (await fetch(`${url}/${shared}/_design/restitution`, { headers })).json()) as Record<string, unknown>
  delete design._rev
  expect((await fetch(`${url}/${name}/_design/restitution`, { method: 'PUT', headers, body: JSON.stringify(design) })).ok).toBe(true)
  return name
}

/**
 * The page's errors, less what the replication protocol makes the browser log on its own: a 404
 * for a checkpoint not there yet, the requests refused while the browser is offline, and those a
 * stopped server answers 503 or cuts off.
 */
export function errors(...pages: Page[]): string[] {
  return pages
    .flatMap((page) => pageErrors(page))
    .filter((text) => !/Failed to load resource: (the server responded with a status of (404|503)|net::ERR_(INTERNET_DISCONNECTED|EMPTY_RESPONSE|CONNECTION_RESET|CONNECTION_CLOSED|NETWORK_CHANGED))/.test(text))
}

export async function goSync(page: Page): Promise<void> {
  await page.getByTestId('sync-link').click()
  await page.getByTestId('sync-form').waitFor()
}

export async function synced(page: Page): Promise<void> {
  await expect.poll(() => page.getByTestId('sync-status').getAttribute('data-state'), { timeout: 30_000 }).toBe('synced')
}

/** Sets up sync on this device (or unlocks it again after a restart), then waits until it is in step with the server. */
export async function connect(page: Page, database: string, who: { person: string; deviceName: string; reader?: boolean }): Promise<void> {
  const { writer, reader } = syncServer()
  const user = who.reader ? reader : writer
  if (!page.url().startsWith(baseUrl())) await page.goto(baseUrl())
  await goSync(page)
  await fill(page.getByTestId('sync-form'), {
    Server: '/couchdb',
    Database: database,
    'User name on the server': user.name,
    'Your name in the history': who.person,
    'This device’s name': who.deviceName,
    'Server password': user.password,
    'Team passphrase': SYNC_PASSPHRASE,
  })
  await page.getByTestId('sync-connect').click()
  await synced(page)
}

/** Opens the case from the list (through the app), and checks it opened without an error. */
export async function openCase(page: Page, title: RegExp = /^Harbor Tools/): Promise<void> {
  await page.locator('a.brand').click()
  await page.getByRole('link', { name: title }).first().click()
  await page.getByTestId('summary-panel').waitFor()
  expect(await page.locator('main [role="alert"]').count()).toBe(0)
}

export async function saved(page: Page): Promise<void> {
  await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('saved')
}
