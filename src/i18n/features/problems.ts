// Problems with a case file or a typed value, by the engine's problem code
// (src/domain/problems.ts). English comes from the engine itself.
import { PROBLEM_TEXTS, type ProblemCode } from '@/domain'

type Nested = { [key: string]: string | Nested }

function nest(flat: Record<string, string>): Nested {
  const root: Nested = {}
  for (const [code, text] of Object.entries(flat)) {
    const [group, name] = code.split('.') as [string, string]
    const branch = (root[group] ??= {}) as Nested
    branch[name] = text
  }
  return root
}

const zh: Record<ProblemCode, string> = {
  'file.notText': '案件文件必须是文本。',
  'file.tooLarge': '该文件超过 5 MiB，超出案件文件的上限。请确认这是案件文件。',
  'file.notJson': '无法读取该文件的 JSON 内容，文件可能已损坏，或不是案件文件。',
  'file.notObject': '案件文件的最外层必须是一个 JSON 对象（用花括号括起）。',
  'file.tooDeep': '该文件的嵌套超过 {max} 层，案件文件不会如此，文件可能已损坏。',
  'file.invalid': '案件文件无效。',
  'file.forbiddenKey': '案件文件中不允许出现此键名（它可能篡改程序）。',
  'file.wrongFormat': '此处必须是 "{format}"：该文件不是退赔案件文件。',
  'file.newerVersion': '该案件文件为第 {found} 版，由更新版本的应用写入；本应用读取第 {supported} 版。请更新应用后再打开。',
  'file.unsupportedVersion': '本应用读取第 {supported} 版的案件文件。',
  'file.unknownKey': '未知字段 "{key}"。请检查拼写；附加信息应放在 "extra" 记录中。',
  'value.required': '此项为必填项。',
  'value.null': '此处不能为 null：请填写数值，可选项可直接省略。',
  'value.quoteNumber': '请用引号把此值写成文本（例如 "1000"）：数字格式可能丢失分位。',
  'value.list': '此处必须是列表（用方括号括起）。',
  'value.record': '此处必须是记录（用花括号括起）。',
  'value.text': '此处必须是带引号的文本。',
  'value.boolean': '此处必须是 true 或 false。',
  'value.choice': '请从以下选项中选择：{values}。',
  'value.blank': '此项不能为空。',
  'value.tooLong': '文字过长：最多 {max} 个字符。',
  'value.extra': '附加信息请放在一个记录中（用花括号括起）。',
  'amount.empty': '请输入金额。',
  'amount.negative': '金额不能为负数。',
  'amount.exponent': '请用普通数字书写金额，不要用科学计数法。',
  'amount.separators': '金额中不要使用分隔符或空格，例如 85000.50。',
  'amount.point': '小数点两侧都要有数字，例如 0.5 或 5.0。',
  'amount.tooManyDigits': '金额的整数部分最多 15 位。',
  'amount.tooManyDecimals': '金额的小数部分最多 8 位。',
  'amount.format': '金额请写成数字，可带小数点，例如 85000 或 85000.50。',
  'amount.zero': '金额必须大于零。',
  'amount.decimalComma': '{amount} 中的逗号是小数点吗？二十七点五请写 27.50，两千七百五十请写 2,750。',
  'amount.grouping': '{amount} 中的分隔符不在千位之间，金额不明确。请写成 1,234,567.89 或 1234567.89。',
  'amount.ambiguousSign': '“{sign}”在本案中可指多种币种（{options}）：请改为输入币种代码。',
  'amount.twoCurrencies': '这里写了两种币种：{first} 和 {second}，请只保留一种。',
  'amount.noCurrencyHere': '此处只填数字，不要写币种。',
  'setting.overOne': '此设置是一个比例，最大为 1（例如 0.8 表示 80%）。',
  'setting.zero': '此设置必须大于 0（例如 0.8 表示 80%）。',
  'date.format': '日期请写成 YYYY-MM-DD，例如 2024-05-03。',
  'date.month': '不存在第 {month} 月；日期请写成 YYYY-MM-DD。',
  'date.notReal': '{date} 不是真实存在的日期。',
  'id.format': '编号由 1 至 64 个字母、数字、"-" 或 "_" 组成。',
  'currency.format': '币种为三个大写字母的 ISO 代码，例如 USD 或 CNY。',
  'offer.from': '请说明由谁提出："from" 为 "seller"（卖方）或 "buyer"（买方）。',
  'offer.noComponents': '卖方报价至少需要一项组成（谁出资、以何种方式、金额多少）。',
  'offer.sellerHasAmount': '卖方报价本身没有 "{key}"：金额和币种写在各组成项中。',
  'offer.demandHasComponents': '买方赔偿要求只有金额和币种，没有组成项。',
  'offer.answersItself': '报价不能回应其本身；请选择它所回应的报价或赔偿要求。',
  'id.duplicate': '另一条{what}记录已使用编号 "{id}"；同一列表中的编号必须唯一。',
  'fx.isBase': '{currency} 是本位币，不需要汇率。',
  'fx.duplicate': '{currency} 已有汇率；每种币种只设一个汇率。',
  'fx.tooSmall': '该汇率太大，无法在 8 位小数内换算：请改为按另一方向输入（每一单位本位币可兑换多少该币种）。',
  'fx.missing': '没有 {currency} 的汇率。请在“汇率”中添加（一 {base} 可兑换多少 {currency}）。',
  'ref.missing': '没有编号为 "{id}" 的{what}。',
  'record.gone': '该{what}已不在本案中，可能已在另一个标签页或窗口中删除。未作任何更改。',
  'record.noCase': '没有打开的案件。',
  'party.needsRelation': '亲属需要填写与卖方的关系（例如父母、兄弟姐妹、堂表兄弟姐妹）。',
  'party.relationNotFamily': '只有亲属才有关系一栏；该当事人的身份是 "{role}"。',
  'component.needsProperty': '{kind}必须注明所涉的房产。',
  'component.propertyNotAllowed': '只有抵押贷款或出售房产才需注明房产。',
  'rebase.same': '{currency} 已经是本位币。',
  'rebase.needsRate': '请填写两种币种之间的汇率（一 {from} 可兑换多少 {to}），以便换算每一个汇率。',
  'rebase.rateTooSmall': '以 {to} 为本位币时，{currency} 的汇率将小于 0.00000001，无法写入。请保留原本位币，或先删除该汇率。',
  'rebase.rateTooLarge': '以 {to} 为本位币时，{currency} 的汇率整数部分将超过 15 位。请保留原本位币，或先删除该汇率。',
  'legal.outOfRange': '各省在人民币 {from} 元至 {to} 元之间确定此标准；请填写该范围内的数额。',
  'security.needsProperty': '为买方设立并登记的抵押权必须注明登记的不动产。',
  'security.needsGuarantor': '保证必须注明提供保证的当事人。',
  'backup.notText': '备份必须是文本。',
  'backup.notJson': '无法读取该文件的 JSON 内容，文件可能已损坏，或不是本应用的备份。',
  'backup.notObject': '该文件不是本应用的备份：备份是一个 JSON 对象（用花括号括起）。',
  'backup.isCase': '这是单个案件文件，不是备份。请用“导入案件文件”添加。',
  'backup.wrongFormat': '该文件不是本应用的备份："format" 必须是 "{format}"。',
  'backup.newerVersion': '该备份为第 {found} 版，由更新版本的应用生成；本应用读取第 {supported} 版。请更新应用后再恢复。',
  'backup.unsupportedVersion': '本应用读取第 {supported} 版的备份。',
  'backup.unknownKey': '未知字段 "{key}"；备份中只应包含案件。',
  'backup.exportedAt': '导出时间必须是文本，例如 "2024-05-03T10:00:00.000Z"。',
  'backup.noCases': '备份需要一个案件列表（"cases": [ … ]）。',
  'backup.duplicateCase': '本备份中另有一个编号为 "{id}" 的案件；每个案件的编号必须不同。',
  'backup.tooLarge': '该文件超过 {max} MiB，超出备份的上限。请确认这是本应用的备份。',
  'backup.caseTooLarge': '该案件导出后将是 {size} MiB 的文件，而案件文件最多 5 MiB，因此无法恢复（它本身的导出也会被拒绝）。',
  'encrypted.damaged': '该加密文件已损坏或不完整，无法打开。请重新索取该文件。',
  'encrypted.newerVersion': '该加密文件为第 {found} 版，由更新版本的应用生成；本应用读取第 {supported} 版。请更新应用后再打开。',
  'encrypted.unsupported': '该文件的加密方式不是本应用所用的方式，并非本应用生成，无法打开。',
  'encrypted.noPassphrase': '请输入该文件加密时所用的密码短语。',
  'encrypted.wrongPassphrase': '密码短语不正确，或文件在加密后被改动过。请核对密码短语（大小写、空格和标点均须一致）后重试。',
  'encrypted.unavailable': '此浏览器无法在本页面加密或解密文件：请通过 https（或在本机）打开本应用后重试。',
  'encrypted.isBackup': '这是加密的备份，不是案件文件。请用“从备份恢复”恢复。',
  'encrypted.isCase': '这是加密的案件文件，不是备份。请用“导入案件文件”添加。',
}

export const en = {
  problem: nest(PROBLEM_TEXTS),
  problemWhat: { party: 'party', loss: 'loss', property: 'property', offer: 'offer', payment: 'payment', cost: 'cost', rate: 'exchange rate', event: 'procedure event', item: 'evidence item' },
}
export const zhCN: typeof en = {
  problem: nest(zh),
  problemWhat: { party: '当事人', loss: '损失', property: '不动产', offer: '报价', payment: '收款', cost: '费用', rate: '汇率', event: '程序事项', item: '证据材料' },
}
