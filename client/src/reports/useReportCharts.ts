import { useQuery } from '@vue/apollo-composable';
import type { ChartConfiguration } from 'chart.js';
// the matrix chart type's options, for the heat map (types only; the chart code loads with the charts)
import type {} from 'chartjs-chart-matrix';
import { computed, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { intlLocale } from '../shared/localTime.js';
import { direction } from '../i18n/languages.js';
import { ReportChartFiguresQuery } from './documents.js';
import { hoursByOrganization, monthlyHoursByCategory, monthsBetween, occupancyHeatMap } from './chartData.js';

/** One colour per kind of booking, distinguishable also with red-green colour blindness (Okabe–Ito first). */
const CATEGORY_COLOURS: Record<string, string> = {
  CHOIR: '#0072b2',
  LANGUAGE_COURSE: '#e69f00',
  COUNSELLING: '#009e73',
  ART_COURSE: '#cc79a7',
  OFFICE_HOURS: '#56b4e9',
  MEETING: '#d55e00',
  COACHING: '#6a3d9a',
  NETWORK_MEETING: '#b8860b',
  EVENT: '#2f4f4f',
  OTHER: '#8c8c8c',
};
const BAR_COLOUR = '#1f5f8b';

/**
 * The report's three charts for a period: hours per month stacked by kind, hours per MO, and occupancy by
 * weekday × hour for all rooms or one. Each chart comes with the numbers it draws, for the table beside it.
 */
export function useReportCharts(
  span: Ref<{ from: string; to: string } | null>,
  days: Ref<{ first: string; last: string }>,
  heatRoom: Ref<string | null>,
) {
  const { t, locale } = useI18n();
  const { result, loading, error } = useQuery(
    ReportChartFiguresQuery,
    () => ({ from: span.value?.from ?? '', to: span.value?.to ?? '' }),
    () => ({ enabled: span.value !== null, fetchPolicy: 'cache-and-network' }),
  );
  const rtl = computed(() => direction(locale.value) === 'rtl');
  const number = (value: number) => new Intl.NumberFormat(intlLocale(locale.value), { maximumFractionDigits: 1 }).format(value);
  const percent = (value: number) =>
    new Intl.NumberFormat(intlLocale(locale.value), { style: 'percent', maximumFractionDigits: 1 }).format(value);
  const monthName = (month: string) =>
    new Intl.DateTimeFormat(intlLocale(locale.value), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${month}-15T12:00:00Z`),
    );
  const weekdayName = (weekday: number) =>
    new Intl.DateTimeFormat(intlLocale(locale.value), { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, weekday)));
  const hourName = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
  // right-to-left readers read the time axis from the right; legends and tooltips follow
  const common = computed(() => ({
    animation: false as const,
    responsive: true,
    maintainAspectRatio: false,
    locale: intlLocale(locale.value),
    plugins: { legend: { rtl: rtl.value }, tooltip: { rtl: rtl.value } },
  }));

  const months = computed(() => monthsBetween(days.value.first, days.value.last));
  const monthly = computed(() => monthlyHoursByCategory(result.value?.byMonth.rows ?? [], months.value));
  const monthlyChart = computed<ChartConfiguration<'bar'>>(() => ({
    type: 'bar',
    data: {
      labels: months.value.map(monthName),
      datasets: monthly.value.map((series) => ({
        label: t(`categories.${series.category}`),
        data: series.hours,
        backgroundColor: CATEGORY_COLOURS[series.category] ?? BAR_COLOUR,
      })),
    },
    options: {
      ...common.value,
      scales: {
        x: { stacked: true, reverse: rtl.value },
        y: { stacked: true, position: rtl.value ? 'right' : 'left', title: { display: true, text: t('reports.figures.hours') } },
      },
    },
  }));

  const organizations = computed(() => hoursByOrganization(result.value?.byOrganization.rows ?? []));
  const organizationsChart = computed<ChartConfiguration<'bar'>>(() => ({
    type: 'bar',
    data: {
      labels: organizations.value.map((entry) => entry.name),
      datasets: [{ label: t('reports.figures.hours'), data: organizations.value.map((entry) => entry.hours), backgroundColor: BAR_COLOUR }],
    },
    options: {
      ...common.value,
      indexAxis: 'y',
      plugins: { ...common.value.plugins, legend: { display: false } },
      scales: { x: { reverse: rtl.value }, y: { position: rtl.value ? 'right' : 'left' } },
    },
  }));

  const rooms = computed(() => result.value?.roomOccupancy ?? []);
  const heatMap = computed(() => occupancyHeatMap(rooms.value, heatRoom.value));
  const heatMapChart = computed<ChartConfiguration<'matrix'>>(() => {
    const { weekdays, hours, cells } = heatMap.value;
    // shaded against the fullest hour shown (at least a quarter full), so a quiet period still shows its pattern
    const scale = Math.max(0.25, ...cells.map((cell) => cell.share));
    return {
      type: 'matrix',
      data: {
        datasets: [
          {
            label: t('reports.charts.occupancy'),
            data: cells.map((cell) => ({ x: hourName(cell.hour), y: weekdayName(cell.weekday), v: cell.share })),
            // darker is fuller; an empty open hour stays visible as a pale cell
            backgroundColor: (context) =>
              `rgba(31, 95, 139, ${0.08 + 0.92 * Math.min(1, ((context.raw as { v?: number } | undefined)?.v ?? 0) / scale)})`,
            borderColor: '#ffffff',
            borderWidth: 1,
            width: ({ chart }) => (chart.chartArea?.width ?? 0) / Math.max(hours.length, 1) - 1,
            height: ({ chart }) => (chart.chartArea?.height ?? 0) / Math.max(weekdays.length, 1) - 1,
          },
        ],
      },
      options: {
        ...common.value,
        plugins: {
          ...common.value.plugins,
          legend: { display: false },
          tooltip: {
            rtl: rtl.value,
            callbacks: {
              title: (items) => {
                const raw = items[0]?.raw as { x: string; y: string } | undefined;
                return raw ? `${raw.y} ${raw.x}` : '';
              },
              label: (item) => percent((item.raw as { v: number }).v),
            },
          },
        },
        scales: {
          x: { type: 'category', labels: hours.map(hourName), offset: true, reverse: rtl.value, grid: { display: false } },
          // Monday on top, as in a week plan (the matrix type turns y upside down by default)
          y: {
            type: 'category',
            labels: weekdays.map(weekdayName),
            offset: true,
            reverse: false,
            position: rtl.value ? 'right' : 'left',
            grid: { display: false },
          },
        },
      },
    };
  });

  return {
    loading,
    error,
    hasData: computed(() => result.value !== undefined),
    monthly,
    months,
    monthlyChart,
    organizations,
    organizationsChart,
    rooms,
    heatMap,
    heatMapChart,
    monthName,
    weekdayName,
    hourName,
    number,
    percent,
  };
}
