// The convergence chart as a PNG data URL, drawn off-screen, for the print view
// and for "save as image". Loads chart.js on first call.
import type { Chart as ChartType, ChartConfiguration } from 'chart.js'
import { convergenceSeries, type CaseView, type Words } from '@/domain'
import { convergenceData } from './chartAdapter'
import { convergenceConfig } from './convergenceConfig'
import { hatchPattern, loadChartJs } from './loadChart'

export interface ConvergencePngOptions {
  /** CSS pixels of the image; the PNG has width × devicePixelRatio pixels. */
  width: number
  height: number
  /** 2 or 3 for print: the image stays crisp at its printed size. */
  devicePixelRatio?: number
  /** Today: the next procedural deadline is drawn (issue 20); without it, none. */
  today?: string
}

/**
 * Draws the convergence chart of a case (seller offers and buyer demands over
 * time, the loss line, the accepted offer ringed, withdrawn offers faded) on a
 * white background, labelled in the language of `words`, and returns it as
 * `data:image/png;base64,...`.
 */
export async function renderConvergencePng(view: CaseView, words: Words, options: ConvergencePngOptions): Promise<string> {
  const { Chart } = await loadChartJs()
  const data = convergenceData(convergenceSeries(view, options.today), view.base, words)
  const ratio = options.devicePixelRatio ?? 2
  // Printed at about 17 cm wide, 12-pixel labels would come out near 6 pt: scale the type with the width.
  const fontSize = Math.round(Math.min(16, Math.max(12, options.width / 60)))
  const config = convergenceConfig(data, { compact: options.width < 520, hatch: hatchPattern, still: { devicePixelRatio: ratio }, fontSize })

  return chartPng(Chart, config, options.width, options.height)
}

/**
 * Draws a chart.js configuration on a canvas of `width` × `height` CSS pixels, out of
 * sight (chart.js measures a canvas through its box, so it gets one), and returns it
 * as a PNG data URL. The canvas is removed whatever happens.
 */
export function chartPng(Chart: typeof ChartType, config: ChartConfiguration, width: number, height: number): string {
  const holder = document.createElement('div')
  holder.style.cssText = `position:fixed;left:-10000px;top:0;width:${width}px;height:${height}px;`
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  canvas.style.cssText = `width:${width}px;height:${height}px;`
  holder.append(canvas)
  document.body.append(holder)
  try {
    const chart = new Chart(canvas, config)
    try {
      return chart.toBase64Image('image/png', 1)
    } finally {
      chart.destroy()
    }
  } finally {
    holder.remove()
  }
}
