// antd's Dropdown on its own, for LazyDropdown to load when first reached for.
export { Dropdown } from 'antd';
