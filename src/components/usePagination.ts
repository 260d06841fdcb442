import { computed, ref, watch, type Ref } from 'vue'

export const PAGE_SIZE = 50

/** Long lists show one page at a time so a case with thousands of offers stays quick. */
export function usePagination<T>(items: Ref<readonly T[]>, pageSize = PAGE_SIZE) {
  const page = ref(1)
  const pages = computed(() => Math.max(1, Math.ceil(items.value.length / pageSize)))
  watch(pages, (count) => {
    if (page.value > count) page.value = count
  })
  const start = computed(() => (page.value - 1) * pageSize)
  const visible = computed(() => items.value.slice(start.value, start.value + pageSize))
  const go = (next: number) => {
    page.value = Math.min(Math.max(1, next), pages.value)
  }
  const showIndex = (index: number) => go(Math.floor(index / pageSize) + 1)
  return { page, pages, start, visible, go, showIndex }
}
