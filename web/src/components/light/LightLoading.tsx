import type { CSSProperties, ReactNode } from 'react';
import './light.css';

/** antd's active Skeleton (a title and three lines) for the first screen (light.css). */
export const LightSkeleton = () => (
  <div className="light-skeleton" aria-busy="true" aria-label="加载中">
    <span />
    <span />
    <span />
    <span />
  </div>
);

/** antd's Spin: four turning dots with a tip under them. */
export const LightSpin = ({ tip, style }: { tip?: string; style?: CSSProperties }) => (
  <div className="light-spin" role="status" style={style}>
    <span className="light-spin-dots" aria-hidden>
      <i />
      <i />
      <i />
      <i />
    </span>
    {tip}
  </div>
);

/** A page still loading: the spinner in the middle of the content area. */
export const PageLoading = () => <LightSpin tip="加载中" style={{ margin: '80px auto' }} />;

/** antd's Spin around content: while `spinning`, the content is dimmed and the dots turn over it. */
export function LightSpinning({ spinning, children }: { spinning: boolean; children: ReactNode }) {
  return (
    <div className="light-spin-veil" aria-busy={spinning || undefined}>
      {spinning && <LightSpin />}
      <div className={spinning ? 'light-spin-veiled' : undefined}>{children}</div>
    </div>
  );
}

/** antd's Empty with its simple image (an empty tray) and a muted line under it. */
export const LightEmpty = ({ description }: { description: ReactNode }) => (
  <div className="light-empty">
    <svg width="64" height="41" viewBox="0 0 64 41" xmlns="http://www.w3.org/2000/svg" aria-hidden>
      <g transform="translate(0 1)" fill="none" fillRule="evenodd">
        <ellipse fill="#f5f5f5" cx="32" cy="33" rx="32" ry="7" />
        <g fillRule="nonzero" stroke="#d9d9d9">
          <path d="M55 12.8 44.9 1.3Q44 0 42.9 0H21.1q-1.2 0-2 1.3L9 12.8V22h46z" />
          <path d="M41.6 16c0-1.7 1-3 2.2-3H55v18.1c0 2.2-1.3 3.9-3 3.9H12c-1.7 0-3-1.7-3-3.9V13h11.2c1.2 0 2.2 1.3 2.2 3s1 2.9 2.2 2.9h14.8c1.2 0 2.2-1.4 2.2-3" fill="#fafafa" />
        </g>
      </g>
    </svg>
    <div className="light-empty-description">{description}</div>
  </div>
);
