// Keeping cases safe: whether the browser keeps them, what a restore would do, copies
// titled in the user's language, and two tabs telling each other when one replaced the other's change.
export const en = {
  safekeeping: {
    copyTitle: '{title} (copy)',
    storage: {
      granted: 'This browser has agreed to keep your cases: it will not delete them to free space.',
      grantedAdvice: 'They are still only on this computer. Clearing the browser’s site data, a new computer or a lost laptop loses them: back up all cases now and then, and keep the file somewhere safe.',
      notGranted: 'This browser may delete your cases without asking when the computer runs short of space.',
      notGrantedAdvice: 'Back up all cases regularly and keep the file somewhere safe.',
      howToKeep: 'How to let the browser keep them',
      howToKeepText: 'Firefox keeps them for good once you allow “persistent storage” when it asks; Chrome and Edge decide on their own, for example once the app is bookmarked or installed. A backup can be protected with a passphrase.',
      unsupported: 'This browser does not say whether it will keep your cases; it may delete them when the computer runs short of space.',
      backUpNow: 'Back up all cases now',
    },
    restore: {
      andMore: 'and {n} more',
    },
    list: { loadingRest: 'Showing the {shown} most recently changed of {total} cases; the others are being read…' },
    conflict: {
      replaced: 'Your change saved at {time} was replaced: another tab or window kept its own version of this case, so you now see that version.',
      putBack: 'Put my version back',
      kept: 'Your version was kept. The other tab or window has been told its change was replaced, and can put it back.',
    },
  },
}

export const zhCN: typeof en = {
  safekeeping: {
    copyTitle: '{title}（副本）',
    storage: {
      granted: '此浏览器已同意保留您的案件：不会为腾出空间而删除它们。',
      grantedAdvice: '案件仍只保存在这台电脑上。清除浏览器的网站数据、更换电脑或电脑丢失都会使其丢失：请不时备份全部案件，并把备份文件存放在安全的地方。',
      notGranted: '本机存储空间不足时，此浏览器可能不经询问即删除您的案件。',
      notGrantedAdvice: '请定期备份全部案件，并把文件存放在安全的地方。',
      howToKeep: '如何让浏览器保留案件',
      howToKeepText: 'Firefox在您应其询问允许“永久存储”后会一直保留；Chrome和Edge会自行决定，例如在本应用被加入书签或安装之后。备份可设置密码保护。',
      unsupported: '此浏览器未说明是否会保留您的案件；本机存储空间不足时可能将其删除。',
      backUpNow: '立即备份全部案件',
    },
    restore: {
      andMore: '另有{n}个',
    },
    list: { loadingRest: '正在显示{total}个案件中最近修改的{shown}个；其余案件正在读取…' },
    conflict: {
      replaced: '您在{time}保存的修改已被替换：另一个标签页或窗口保留了它自己的版本，因此您现在看到的是该版本。',
      putBack: '恢复我的版本',
      kept: '已保留您的版本。另一个标签页或窗口已被告知其修改被替换，并可将其恢复。',
    },
  },
}
