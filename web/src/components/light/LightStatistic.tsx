import type { CSSProperties, ReactNode } from 'react';
import './light.css';

/** Thousands grouped as antd's Statistic groups them (1,987); not toLocaleString, whose first call (ICU) cost ~50 ms. */
const grouped = (n: number) => {
  const [whole, fraction] = String(n).split('.');
  return `${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction === undefined ? '' : `.${fraction}`}`;
};

/** antd's Statistic for the first screen (light.css): a muted title over a large value and its suffix. */
export function LightStatistic({ title, value, suffix, valueStyle }: { title: ReactNode; value: number | string; suffix?: ReactNode; valueStyle?: CSSProperties }) {
  return (
    <div>
      <div className="light-stat-title">{title}</div>
      <div className="light-stat-content" style={valueStyle}>
        <span className="light-stat-value">{typeof value === 'number' ? grouped(value) : value}</span>
        {suffix !== undefined && <span className="light-stat-suffix">{suffix}</span>}
      </div>
    </div>
  );
}
