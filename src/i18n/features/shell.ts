// Strings of the app's frame: installing and updating the app, working offline,
// and loading a language.
import type { Translated } from '../translated'

export const en = {
  shell: {
    languageFailed: 'The Chinese words could not be downloaded, so the app stays in English. Check the connection and choose the language again.',
    update: {
      ready: 'A new version of the app is ready.',
      reload: 'Reload to update',
      later: 'Later',
      hint: 'Your cases stay as they are; an edit not saved yet is saved before the app reloads.',
    },
    offlineReady: 'The app is now stored in this browser and opens without a connection.',
    dismiss: 'Dismiss',
  },
}

export const zhCN: Translated<typeof en> = {
  shell: {
    languageFailed: '中文词语未能下载，应用仍以英文显示。请检查网络连接后重新选择语言。',
    update: {
      ready: '应用的新版本已准备就绪。',
      reload: '重新加载以更新',
      later: '稍后',
      hint: '您的案件保持不变；尚未保存的修改会在重新加载前保存。',
    },
    offlineReady: '应用已保存在本浏览器中，没有网络连接时也能打开。',
    dismiss: '关闭',
  },
}
