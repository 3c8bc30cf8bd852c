import type { ChartConfiguration, Plugin, TooltipItem } from 'chart.js';
import type { BarChartSpec, ChartSpec, DoughnutChartSpec } from './chartSpec';

/** antd's secondary text, for axes, legends and value labels. */
const TEXT = 'rgba(0, 0, 0, 0.65)';
const GRID = 'rgba(0, 0, 0, 0.06)';
const legendLabels = { boxWidth: 14, boxHeight: 10, padding: 12 };

/** Each bar's value written at its end (after the bar when horizontal, above it when upright). */
function valueLabels(unit: string, horizontal: boolean): Plugin<'bar'> {
  return {
    id: 'valueLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = TEXT;
      ctx.font = `12px ${chart.options.font?.family ?? 'sans-serif'}`;
      ctx.textAlign = horizontal ? 'left' : 'center';
      ctx.textBaseline = horizontal ? 'middle' : 'bottom';
      chart.data.datasets.forEach((dataset, i) => {
        const meta = chart.getDatasetMeta(i);
        if (!chart.isDatasetVisible(i)) return;
        meta.data.forEach((bar, j) => {
          const text = `${dataset.data[j] as number}${unit}`;
          if (horizontal) ctx.fillText(text, bar.x + 4, bar.y);
          else ctx.fillText(text, bar.x, bar.y - 4);
        });
      });
      ctx.restore();
    },
  };
}

function barConfig(spec: BarChartSpec, animate: boolean): ChartConfiguration<'bar'> {
  const unit = spec.unit ?? '';
  const horizontal = spec.horizontal ?? false;
  const stacked = spec.stacked ?? false;
  const named = spec.series.some((s) => s.name);
  const category = { type: 'category' as const, stacked, grid: { display: false }, ticks: { autoSkip: false, color: TEXT } };
  const value = {
    type: 'linear' as const,
    stacked,
    beginAtZero: true,
    max: spec.max,
    grid: { color: GRID },
    ticks: { precision: 0, color: TEXT, callback: (v: number | string) => `${v}${unit}` },
  };
  return {
    type: 'bar',
    data: {
      labels: [...spec.categories],
      datasets: spec.series.map((s) => ({
        label: s.name ?? '',
        data: [...s.values],
        backgroundColor: typeof s.color === 'string' ? s.color : [...s.color],
        maxBarThickness: spec.maxBarWidth,
      })),
    },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: animate ? undefined : false,
      interaction: { mode: 'index', intersect: false },
      layout: { padding: { right: spec.valueLabels && horizontal ? 40 : 8, top: spec.valueLabels && !horizontal ? 16 : 0 } },
      scales: horizontal ? { x: value, y: category } : { x: category, y: value },
      plugins: {
        legend: { display: named, position: 'top', labels: { ...legendLabels, color: TEXT } },
        tooltip: {
          callbacks: named
            ? { label: (item: TooltipItem<'bar'>) => `${item.dataset.label}：${item.formattedValue}${unit}` }
            : // One unnamed series: one line, the category and its value.
              { title: () => '', label: (item: TooltipItem<'bar'>) => `${item.label}：${item.formattedValue}${unit}` },
        },
      },
    },
    plugins: spec.valueLabels ? [valueLabels(unit, horizontal)] : [],
  };
}

function doughnutConfig(spec: DoughnutChartSpec, animate: boolean): ChartConfiguration<'doughnut'> {
  const slices = spec.slices.filter((s) => s.value > 0);
  const total = slices.reduce((sum, s) => sum + s.value, 0);
  return {
    type: 'doughnut',
    data: {
      labels: slices.map((s) => s.name),
      datasets: [{ data: slices.map((s) => s.value), backgroundColor: slices.map((s) => s.color), borderWidth: 1 }],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: animate ? undefined : false,
      cutout: '60%',
      radius: '85%',
      plugins: {
        legend: { position: 'bottom', labels: { ...legendLabels, color: TEXT } },
        tooltip: {
          // One line, as the legend names it: the slice, its value, its share.
          callbacks: {
            title: () => '',
            label: (item: TooltipItem<'doughnut'>) => `${item.label}：${item.formattedValue}${spec.unit ?? ''}（${+((item.parsed / total) * 100).toFixed(2)}%）`,
          },
        },
      },
    },
  };
}

/** The drawing library's configuration of a page's chart; `animate` false draws it at once, finished. */
export function chartConfig(spec: ChartSpec, animate: boolean): ChartConfiguration<'bar'> | ChartConfiguration<'doughnut'> {
  return spec.kind === 'bar' ? barConfig(spec, animate) : doughnutConfig(spec, animate);
}
