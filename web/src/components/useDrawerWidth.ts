import { Grid } from 'antd';

/** A drawer's width: as wide as asked on a desk, the whole screen on a phone (nothing cut off or scrolled sideways). */
export function useDrawerWidth(desk: number): number | string {
  return (Grid.useBreakpoint().md ?? true) ? desk : '100%';
}
