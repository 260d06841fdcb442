// Counts what a person does in an end-to-end test: each click, each field typed or chosen,
// each box ticked, each key pressed is one interaction.
import type { Locator, Page } from 'playwright-core'

export class Steps {
  count = 0
  constructor(private readonly page: Page) {}
  async press(keys: string) {
    this.count++
    await this.page.keyboard.press(keys)
  }
  async click(target: Locator) {
    this.count++
    await target.click()
  }
  async type(target: Locator, text: string) {
    this.count++
    await target.fill(text)
  }
  async choose(target: Locator, value: string) {
    this.count++
    await target.selectOption(value)
  }
  async check(target: Locator) {
    this.count++
    await target.check()
  }
}
