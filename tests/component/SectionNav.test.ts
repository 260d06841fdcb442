// @vitest-environment jsdom
// The workspace's section bar: the sections of a call as links, every other section under
// "More", a disclosure that Escape, a click elsewhere and focus leaving all close.
import { afterEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { createAppI18n } from '@/i18n'
import SectionNav from '@/views/workspace/SectionNav.vue'
import { BAR_SECTIONS, WORKSPACE_SECTIONS } from '@/views/workspace/sections'

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
})

function mountNav() {
  wrapper = mount(SectionNav, { props: { sections: WORKSPACE_SECTIONS }, global: { plugins: [createAppI18n('en')] }, attachTo: document.body })
  return wrapper
}
const hrefs = (links: { attributes: (name: string) => string | undefined }[]) => links.map((link) => link.attributes('href'))

describe('the section bar', () => {
  it('links every section once in the bar, marks the folded ones, and lists exactly those under More', async () => {
    const nav = mountNav()
    const bar = nav.findAll('nav > a')
    expect(hrefs(bar)).toEqual(WORKSPACE_SECTIONS.map((section) => `#${section.id}`))
    const folded = WORKSPACE_SECTIONS.filter((section) => !BAR_SECTIONS.has(section.id)).map((section) => `#${section.id}`)
    expect(hrefs(nav.findAll('nav > a.section-nav__folded'))).toEqual(folded)
    expect(hrefs(nav.findAll('[data-testid="section-nav-menu"] a'))).toEqual(folded)
    // The sections of a call stay in the bar.
    expect(hrefs(bar.filter((link) => !link.classes('section-nav__folded')))).toEqual(['#negotiation', '#case', '#analysis', '#parties', '#losses', '#payments'])
  })

  it('opens and closes its menu: the button, Escape (focus back on the button), a chosen section, a click elsewhere, focus leaving', async () => {
    const nav = mountNav()
    const more = nav.get('[data-testid="section-nav-more"]')
    const menu = nav.get('[data-testid="section-nav-menu"]')
    const isOpen = () => more.attributes('aria-expanded') === 'true' && (menu.element as HTMLElement).style.display !== 'none'
    expect(more.attributes('aria-controls')).toBe(menu.attributes('id'))
    expect(more.attributes('aria-label')).toBe('More sections')
    expect(isOpen()).toBe(false)

    await more.trigger('click')
    expect(isOpen()).toBe(true)
    await menu.get('a').trigger('keydown', { key: 'Escape' })
    expect(isOpen()).toBe(false)
    expect(document.activeElement).toBe(more.element)

    await more.trigger('click')
    await menu.findAll('a').at(-1)!.trigger('click')
    expect(isOpen()).toBe(false)

    await more.trigger('click')
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }))
    await nav.vm.$nextTick()
    expect(isOpen()).toBe(false)

    await more.trigger('click')
    await menu.findAll('a').at(-1)!.trigger('focusout', { relatedTarget: document.body })
    expect(isOpen()).toBe(false)
    // Focus moving within the menu keeps it open.
    await more.trigger('click')
    await menu.findAll('a')[0]!.trigger('focusout', { relatedTarget: menu.findAll('a')[1]!.element })
    expect(isOpen()).toBe(true)
  })
})
