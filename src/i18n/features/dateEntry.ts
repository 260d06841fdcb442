// How a date field invites a date: in the interface's own way of writing it.
export const en = {
  dateEntry: {
    placeholder: 'e.g. 2026-01-15',
    keeps: 'Not a date yet: the memo keeps {date}.',
  },
}

export const zhCN = {
  dateEntry: {
    placeholder: '例如2026年1月15日',
    keeps: '尚未识别为日期：备忘录仍按{date}计算。',
  },
}
