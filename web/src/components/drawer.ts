// antd's Drawer on its own, for the phone's menu to load when first opened.
export { Drawer } from 'antd';
