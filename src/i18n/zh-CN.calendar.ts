// 官方节假日安排与记录所推定的情形：与 src/domain/words/legalCalendar.ts 的 CALENDAR_TEXTS 键相同。
import type { CalendarTexts } from '@/domain'
import type { Translated } from './translated'

const calendarWords: Translated<CalendarTexts> = {
  covers: '节假日依据国务院公布的 {from}–{to} 年放假安排（chinese-days 数据包）；其他年份本应用无从得知。',
  moved: '此日为{holiday}：期间以节假日后的第一日 {date} 为期满日（刑事诉讼法第 105 条）。',
  holiday: {
    weekend: '周末',
    'new-year': '元旦',
    'spring-festival': '春节',
    'tomb-sweeping': '清明节',
    'labour-day': '劳动节',
    'dragon-boat': '端午节',
    'mid-autumn': '中秋节',
    'national-day': '国庆节假期',
    'victory-70th': '抗战胜利 70 周年纪念日（2015 年）',
  },
  note: {
    'extension-implied': '未记录延长，但逮捕决定在拘留后超过 10 日作出：提请批准逮捕的时间必定已经延长（至少延长一日至四日，刑事诉讼法第 91 条）。',
    'extension-30-implied': '未记录延长，但逮捕决定在拘留后超过 14 日作出：必定已适用流窜作案、多次作案、结伙作案的 30 日延长（刑事诉讼法第 91 条）。',
    'trial-from-indictment': '自提起公诉起算：审理期限自人民法院受理之日起计算；请记录受理日期以得出准确的期满日。',
  },
}

export default calendarWords
