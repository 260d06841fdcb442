import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppRouter } from './router'
import { createAppI18n } from './i18n'
import './styles/app.css'
import './styles/print.css'
import './styles/analysis.css'
import './styles/criminal.css'
import './styles/responsive.css'
import './styles/live.css'

createApp(App).use(createPinia()).use(createAppRouter()).use(createAppI18n()).mount('#app')
