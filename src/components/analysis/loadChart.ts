// Loads chart.js on first use, once; a failed load can be tried again.
import { withAlpha } from './chartTheme'

type ChartModule = typeof import('./chartSetup')
let loading: Promise<ChartModule> | null = null

export function loadChartJs(): Promise<ChartModule> {
  loading ??= import('./chartSetup').catch((error: unknown) => {
    loading = null
    throw error
  })
  return loading
}

/** Diagonal stripes over a light tint of the colour: money that a property stands behind. */
export function hatchPattern(colour: string, faded: boolean): CanvasPattern | string {
  const size = 8
  const tile = document.createElement('canvas')
  tile.width = size
  tile.height = size
  const ctx = tile.getContext('2d')
  if (!ctx) return withAlpha(colour, faded ? 0.2 : 0.5)
  ctx.fillStyle = withAlpha(colour, faded ? 0.12 : 0.28)
  ctx.fillRect(0, 0, size, size)
  ctx.strokeStyle = faded ? withAlpha(colour, 0.4) : colour
  ctx.lineWidth = 2.5
  ctx.beginPath()
  // One stripe corner to corner, plus the two halves that make it continuous across tiles.
  ctx.moveTo(-1, size + 1)
  ctx.lineTo(size + 1, -1)
  ctx.moveTo(-1, 1)
  ctx.lineTo(1, -1)
  ctx.moveTo(size - 1, size + 1)
  ctx.lineTo(size + 1, size - 1)
  ctx.stroke()
  return ctx.createPattern(tile, 'repeat') ?? colour
}
