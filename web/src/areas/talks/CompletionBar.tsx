import { Progress } from 'antd';

/** A completion rate's colour: red under 60 %, orange under 90 %, green from there. */
export const completionColor = (percent: number) => (percent < 60 ? '#cf1322' : percent < 90 ? '#fa8c16' : '#52c41a');

/**
 * A completion rate as its number and a bar, on every row: the least complete show their number in red (never an icon
 * instead of it), a finished one shows 100%.
 */
export function CompletionBar({ percent, testId }: { percent: number; testId?: string }) {
  return <Progress percent={percent} size="small" strokeColor={completionColor(percent)} format={(p) => `${p}%`} data-testid={testId} />;
}
