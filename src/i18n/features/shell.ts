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
      region: 'New version',
      hold: {
        openForm: 'Save or close the open form first, then reload: what is typed in it is not stored yet.',
        unsaved: 'Your last edit could not be stored yet (see the save status). Reload once it is saved.',
      },
      active: 'A new version of the app took over in another tab. Reload this tab to use it.',
    },
    offlineReady: 'Works offline: the app is stored in this browser.',
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
      region: '新版本',
      hold: {
        openForm: '请先保存或关闭打开的表单，再重新加载：表单中输入的内容尚未保存。',
        unsaved: '您最近的修改尚未能保存（见保存状态）。保存后再重新加载。',
      },
      active: '应用的新版本已在另一个标签页中启用。请重新加载此标签页以使用新版本。',
    },
    offlineReady: '可离线使用：应用已保存在本浏览器中。',
    dismiss: '关闭',
  },
}
