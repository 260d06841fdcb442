// The settlement drafts' screens: the print page (what to print, counsel's notes, page
// numbers), the addressee fields of the agreement, and a party's Chinese name, ID number,
// company and unified social credit code.
export const en = {
  drafts: {
    title: { agreement: 'Restitution agreement (draft)', pardon: 'Letter of pardon (draft)' },
    links: 'Drafts to print',
    victim: 'The victim’s name as the drafts print it',
    satisfactionFigures: 'The figures say: {value}. The drafts follow the figures.',
    print: { legend: 'What to print', document: 'The document', notes: 'Counsel’s notes (on their own)' },
    notesTitle: 'Counsel’s notes: not part of the document, never printed in it',
    notesPrintTitle: 'Counsel’s notes on the {document}',
    page: 'Page {page} of {pages}',
    hint: 'A draft for counsel’s review, filled from the case. Lines left blank (__________) have nothing recorded yet. Choose A4 or Letter in the print dialog.',
    party: {
      nameZh: 'Chinese name (printed in Chinese documents)',
      idNumber: 'ID number',
      company: 'A company (the suspect company)',
      creditCode: 'Unified social credit code',
      creditCodeHint: '18 characters (GB 32100-2015): digits and capital letters, the last one a check character.',
    },
    agreement: {
      authority: 'Addressed to (the authority)',
      authorityHint: 'As the authority names itself. Left empty, the drafts name the authority of the current stage (the public security organ, the people’s procuratorate or the people’s court).',
      caseNumber: 'The authority’s case number',
      charge: 'Charge',
      chargeHint: 'As the authority names it (合同诈骗罪). Left empty, the offence chosen above.',
    },
  },
}

export const zhCN: typeof en = {
  drafts: {
    title: { agreement: '退赔协议（草稿）', pardon: '谅解书（草稿）' },
    links: '可打印的草稿',
    victim: '文书中被害单位的名称',
    satisfactionFigures: '按数额应为：{value}。草稿按数额表述。',
    print: { legend: '打印内容', document: '文书正文', notes: '律师备注（单独打印）' },
    notesTitle: '律师备注：不属于文书内容，不印入文书',
    notesPrintTitle: '关于{document}的律师备注',
    page: '第{page}页，共{pages}页',
    hint: '根据案件记录拟定、供律师审阅的草稿。留空（__________）之处尚无记录。请在打印对话框中选择纸张大小。',
    party: {
      nameZh: '中文姓名或名称（用于中文文书）',
      idNumber: '身份证号码',
      company: '单位（犯罪嫌疑单位）',
      creditCode: '统一社会信用代码',
      creditCodeHint: '18位（GB 32100-2015）：数字和大写字母，最后一位为校验码。',
    },
    agreement: {
      authority: '致（办案机关）',
      authorityHint: '按办案机关的名称填写。留空时，草稿写当前阶段的办案机关（公安机关、人民检察院或人民法院）。',
      caseNumber: '办案机关案号',
      charge: '涉嫌罪名',
      chargeHint: '按办案机关的表述填写（如合同诈骗罪）。留空时，按上文所选罪名。',
    },
  },
}
