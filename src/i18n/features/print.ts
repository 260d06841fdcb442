// Strings of the print options beside the memo (the memo's own are in memo.ts).
export const en = {
  print: {
    options: 'Print options',
    back: 'Back to the case',
    print: 'Print or save as PDF',
    language: 'Language of the printout',
    languages: { en: 'English', 'zh-CN': '简体中文', both: 'English and Chinese, in one document' },
    sectionsLabel: 'Schedules to include',
    preparedBy: 'Prepared by',
    preparedFor: 'Prepared for',
    buyer: 'Buyer',
    paperHint: 'Laid out for A4 and US Letter. Choose the paper size and “Save as PDF” in the print dialog.',
  },
}

export const zhCN: typeof en = {
  print: {
    options: '打印选项',
    back: '返回案件',
    print: '打印或另存为 PDF',
    language: '打印语言',
    languages: { en: 'English', 'zh-CN': '简体中文', both: '中英双语（同一份文件）' },
    sectionsLabel: '包含的附表',
    preparedBy: '编制人',
    preparedFor: '提交对象',
    buyer: '被害方',
    paperHint: '版面适用于A4纸及美式信纸。请在打印对话框中选择纸张大小，或选择“另存为PDF”。',
  },
}
