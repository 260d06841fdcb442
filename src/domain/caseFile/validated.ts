// Which case values the engine has checked: every case parseCaseFile returns, and
// every case an edit checked (editCheck.ts). Case values are never changed in
// place, so storage need not check one of these again.
const checked = new WeakSet<object>()

/** Notes that the engine found `file` valid, and returns it. */
export function markValid<T extends object>(file: T): T {
  checked.add(file)
  return file
}

/** Whether `value` is a case the engine checked (the very object, not a copy). */
export function isCheckedCase(value: unknown): boolean {
  return typeof value === 'object' && value !== null && checked.has(value)
}
