// Small helpers for talking to the sync server: URLs, Basic authentication, and what an error says.
export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path}`
}

export function base64(text: string): string {
  const bytes = new TextEncoder().encode(text)
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}

export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

export function messageOf(error: unknown): string {
  if (error && typeof error === 'object') {
    const { reason, message, status } = error as { reason?: unknown; message?: unknown; status?: unknown }
    if (typeof reason === 'string' && reason) return reason
    if (typeof message === 'string' && message) return message
    if (typeof status === 'number') return `HTTP ${status}`
  }
  return String(error)
}
