// chart.js with only the parts the analysis charts use. Never imported
// statically: loadChart.ts imports it with import(), so it is its own chunk and
// the first screen does not download it.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
} from 'chart.js'
import { FONT_FAMILY } from './chartTheme'

Chart.register(LineController, BarController, LineElement, PointElement, BarElement, LinearScale, CategoryScale, Legend, Tooltip)
Chart.defaults.font.family = FONT_FAMILY
Chart.defaults.color = '#1c2430'

export { Chart }
