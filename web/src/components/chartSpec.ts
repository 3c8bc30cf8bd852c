/**
 * What a page asks a chart to show, in its own words and no drawing library's: the chart (components/Chart.tsx) turns
 * it into the library's configuration. Colours are the page's (antd's palette), labels in Chinese.
 */
export interface BarSeries {
  /** The series' name in the legend and tooltip; a chart of one unnamed series has no legend. */
  name?: string;
  /** One colour for the series, or one per bar. */
  color: string | readonly string[];
  values: readonly number[];
}

export interface BarChartSpec {
  kind: 'bar';
  categories: readonly string[];
  series: readonly BarSeries[];
  /** Bars lie from the category axis on the left, the first category at the top. */
  horizontal?: boolean;
  /** The series are stacked into one bar per category. */
  stacked?: boolean;
  /** The value axis ends here (100 for percentages), else where the data ends. */
  max?: number;
  /** Written after every value, on the axis, in the tooltip and the value labels ('%'). */
  unit?: string;
  /** Each bar's value is written at its end. */
  valueLabels?: boolean;
  /** The widest a bar is drawn, in pixels. */
  maxBarWidth?: number;
}

export interface DoughnutChartSpec {
  kind: 'doughnut';
  /** Slices of zero are left out of the ring and the legend. */
  slices: readonly { name: string; value: number; color: string }[];
  /** Written after a slice's value in its tooltip (' 项'), before its share of the whole. */
  unit?: string;
}

export type ChartSpec = BarChartSpec | DoughnutChartSpec;

export interface ChartProps {
  spec: ChartSpec;
  /** The chart's height in pixels (320 unless given); its width is its container's. */
  height?: number;
  testId?: string;
}
