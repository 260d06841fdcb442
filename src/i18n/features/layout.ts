// Strings of the workspace's layout: the negotiation table's folded first column and the
// section navigation's menu of the sections that do not fit in the bar.
export const en = {
  layout: {
    offer: {
      move: 'Date and status',
    },
    nav: {
      more: 'More',
      moreLabel: 'More sections',
    },
  },
}

export const zhCN: typeof en = {
  layout: {
    offer: {
      move: '日期与状态',
    },
    nav: {
      more: '更多',
      moreLabel: '更多栏目',
    },
  },
}
