// A choice left empty that still has a value in effect says which (issue 18, item 8): the
// settlement's agreement records the accepted offer when it names none.
export const en = {
  choice: {
    acceptedOffer: '— (the accepted offer: {offer})',
  },
}

export const zhCN: typeof en = {
  choice: {
    acceptedOffer: '—（已接受的报价：{offer}）',
  },
}
