// antd's Tooltip on its own, for LazyTooltip to load when first hovered.
export { Tooltip } from 'antd';
