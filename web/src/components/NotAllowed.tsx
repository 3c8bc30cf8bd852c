import { Result } from 'antd';

export function NotAllowed({ notFound }: { notFound?: boolean }) {
  return notFound ? <Result status="404" title="页面不存在" /> : <Result status="403" title="无权访问" subTitle="您的角色没有访问此页面的权限" />;
}
