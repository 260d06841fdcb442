import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppRouter } from './router'
import { createAppI18n, loadStartingWords, storedLocale } from './i18n'
import { currentPlace, reportStale } from './router/staleVersion'
import './styles/app.css'
import './styles/print.css'
import './styles/analysis.css'
import './styles/criminal.css'
import './styles/responsive.css'
import './styles/live.css'
import './styles/longText.css'
import './styles/safekeeping.css'
import './styles/rates.css'
import './styles/fit.css'
import './styles/safety.css'

// A part of this version, loaded lazily, is gone from the server (a newer version is there): the
// shell stores pending edits and offers a reload to the same place (src/views/shell/StaleVersion.vue).
// Not prevented: the import still fails, so the page stays where it was.
window.addEventListener('vite:preloadError', () => reportStale(currentPlace(window.location)))

// The user's language is loaded before anything is shown (the case list's English is part of the app).
const locale = storedLocale()
void loadStartingWords(locale)
  .catch(() => undefined) // not downloaded (offline, first visit): English, and the switch can try again
  .then(() => createApp(App).use(createPinia()).use(createAppRouter()).use(createAppI18n(locale)).mount('#app'))
