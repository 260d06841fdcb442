// 官方节假日安排与记录所推定的情形：与 src/domain/words/legalCalendar.ts 的 CALENDAR_TEXTS 键相同。
import type { CalendarTexts } from '@/domain'
import type { Translated } from './translated'
import { cited } from './zh-CN.sources'

const calendarWords: Translated<CalendarTexts> = {
  covers: '节假日依据国务院公布的{from}年至{to}年放假安排（chinese-days 数据包）；其他年份本应用无从得知。',
  moved: `此日为{holiday}：期间以节假日后的第一日（{date}）为期满日（${cited('counting')}）。`,
  holiday: {
    weekend: '周末',
    'new-year': '元旦',
    'spring-festival': '春节',
    'tomb-sweeping': '清明节',
    'labour-day': '劳动节',
    'dragon-boat': '端午节',
    'mid-autumn': '中秋节',
    'national-day': '国庆节假期',
    'victory-70th': '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日（2015年）',
  },
  note: {
    'extension-implied': `未记录延长，但逮捕决定在拘留后超过10日作出：提请批准逮捕的期限必定已经延长（延长一日至四日，${cited('detention')}）。`,
    'extension-30-implied': `未记录延长，但逮捕决定在拘留后超过14日作出：必定已适用对流窜作案、多次作案、结伙作案的重大嫌疑分子将提请批准逮捕的期限延长至三十日的规定（${cited('detention')}）。`,
    'trial-from-indictment': '自提起公诉起算：审理期限自人民法院受理之日起计算；请记录受理日期以得出准确的期满日。',
  },
}

export default calendarWords
