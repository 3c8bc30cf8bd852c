import { theme } from 'antd';

/** antd's small Switch drawn without it: a 28 × 16 pill, grey when off, the theme's colour when on, the knob sliding. */
export function LightSwitch({ checked, onChange, ...aria }: { checked: boolean; onChange: (checked: boolean) => void; 'aria-label'?: string }) {
  const { token } = theme.useToken();
  const knob = token.controlHeightSM / 2; // 12 px, as antd's small handle
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      {...aria}
      onClick={() => onChange(!checked)}
      style={{
        position: 'relative',
        display: 'inline-block',
        verticalAlign: 'middle',
        minWidth: 28,
        height: 16,
        padding: 0,
        border: 0,
        borderRadius: 100,
        cursor: 'pointer',
        background: checked ? token.colorPrimary : token.colorTextQuaternary,
        transition: `all ${token.motionDurationMid}`,
      }}
    >
      <span style={{ position: 'absolute', top: 2, insetInlineStart: checked ? `calc(100% - ${knob + 2}px)` : 2, width: knob, height: knob, borderRadius: knob / 2, background: '#fff', boxShadow: '0 2px 4px 0 rgba(0,35,11,0.2)', transition: `all ${token.motionDurationMid} ease-in-out` }} />
    </button>
  );
}
