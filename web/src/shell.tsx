import { BrowserRouter } from 'react-router-dom';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { App } from './App';

/** The application once signed in: antd's theme and messages, the router and the pages (loaded after sign-in, main.tsx). */
dayjs.locale('zh-cn');

// Honour the system's reduced-motion setting (accessibility): no animations at all.
const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

export default function Shell() {
  return (
    <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#1d4e89', borderRadius: 4, motion: !reducedMotion } }}>
      <AntApp>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}
