// Strings of the payments-due schedule and the matter fields (reference, stage, counsel's comment, sign-off) in the workspace.
export const en = {
  due: {
    title: 'Payments due',
    asOf: 'On {date}',
    none: 'No offer has been accepted: nothing is due yet.',
    allPaid: 'Everything under the accepted offer has been paid.',
    overdueBadge: 'Overdue',
    owed: '{payer}: {amount} unpaid, due {date}.',
  },
  matter: {
    title: 'For the client memo',
    reference: 'Case reference',
    referenceHint: 'Police, procuratorate or court number, or your own file number.',
    stage: 'Stage',
    stageHint: 'Where the matter stands, in your words (e.g. “Arrest approved”).',
    counselComment: 'Counsel’s comment',
    counselCommentHint: 'Printed on the memo’s first page.',
    privilegeLegend: 'Privilege legend',
    privilegeLegendHint: 'Left empty, the English memo prints “Privileged and confidential: attorney-client communication”, the Chinese one a confidentiality legend (PRC law has no attorney–client privilege).',
    signOffName: 'Signed by',
    signOffRole: 'Role',
    signOffFirm: 'Firm',
    signOffDate: 'Date signed',
  },
}

export const zhCN: typeof en = {
  due: {
    title: '应付款项',
    asOf: '截至{date}',
    none: '尚无报价被接受，目前没有应付款项。',
    allPaid: '已接受报价项下的款项均已付清。',
    overdueBadge: '已逾期',
    owed: '{payer}尚未支付{amount}，{date}到期。',
  },
  matter: {
    title: '用于客户备忘录',
    reference: '案件编号',
    referenceHint: '公安机关、人民检察院或人民法院的案件编号，或您自己的案卷编号。',
    stage: '所处阶段',
    stageHint: '用您自己的话说明案件进展（如“已批准逮捕”）。',
    counselComment: '律师意见',
    counselCommentHint: '印在备忘录第一页。',
    privilegeLegend: '保密声明',
    privilegeLegendHint: '留空时，中文备忘录印“保密文件，仅供委托人内部参阅”；英文备忘录印英文保密声明。',
    signOffName: '签署人',
    signOffRole: '职务',
    signOffFirm: '律师事务所',
    signOffDate: '签署日期',
  },
}
