// What the browser benchmark runs inside the page, as plain JavaScript text (so no
// compiler helper can sneak into it): installed before any page script, it keeps
// the long tasks, the moment an import starts, and measures edits.
//
// Timing of a figure: a MutationObserver sees the new text, requestAnimationFrame
// waits for the frame that shows it, and a message posted from that callback runs
// once the frame is painted: "input event to the end of the first frame showing it".
export const PROBES = String.raw`
(() => {
  const state = { longTasks: [], importStart: 0 }
  window.__bench = state
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push({ start: entry.startTime, duration: entry.duration })
    }).observe({ type: 'longtask', buffered: true })
  } catch (error) {}
  // Capture phase on window: runs before the app's own handler reads the file.
  window.addEventListener('change', (event) => {
    if (event.target && event.target.matches && event.target.matches('[data-testid="import-input"]')) state.importStart = performance.now()
  }, true)

  const textOf = (selector) => ((document.querySelector(selector) || {}).textContent || '').trim()
  const afterPaint = (resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => resolve(performance.now())
    channel.port2.postMessage(null)
  })
  /** Resolves with the time of the end of the first painted frame where the selector's text is not 'previous' (nor empty). */
  state.whenShown = (selector, previous, timeoutMs) => new Promise((resolve, reject) => {
    const ready = () => { const text = textOf(selector); return text !== '' && text !== previous }
    if (ready()) return afterPaint(resolve)
    const observer = new MutationObserver(() => {
      if (!ready()) return
      observer.disconnect()
      clearTimeout(timer)
      afterPaint(resolve)
    })
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error(selector + ' not shown within ' + timeoutMs + ' ms')) }, timeoutMs)
  })
  /** One edit as a user makes it: new text and an input event. Milliseconds to the painted new figure. */
  state.edit = async (input, figure, value, timeoutMs) => {
    const field = document.querySelector(input)
    if (!field) throw new Error('no field ' + input)
    const shown = state.whenShown(figure, textOf(figure), timeoutMs)
    field.value = value
    const start = performance.now()
    field.dispatchEvent(new Event('input', { bubbles: true }))
    return (await shown) - start
  }
  state.longTasksSince = (since) => state.longTasks.filter((task) => task.start >= since)
})()
`
