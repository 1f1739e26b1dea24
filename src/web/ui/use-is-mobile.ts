import { Grid } from 'antd';

/**
 * Below antd's `md` breakpoint (768 px): phones and narrow windows. Before the
 * first measurement the breakpoints are empty, which counts as desktop.
 */
export function useIsMobile(): boolean {
  const screens = Grid.useBreakpoint();
  return screens.md === false;
}
