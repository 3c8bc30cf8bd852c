import type { ReactNode } from 'react';
import { Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';

export type DocumentFormat = 'PDF' | 'Word' | 'Excel' | 'zip' | 'lrmx';

/**
 * Every download named alike: what it does and what it gives, then the format in brackets —
 * “下载审批表（PDF）”, “导出台账（Excel）” — never a bare “PDF”.
 */
export function DownloadButton({ href, label, format, size, testId, style }: { href: string; label: ReactNode; format: DocumentFormat; size?: 'small' | 'middle'; testId?: string; style?: React.CSSProperties }) {
  return (
    <Button icon={<DownloadOutlined />} href={href} size={size} data-testid={testId} style={style}>
      {label}（{format}）
    </Button>
  );
}

/** A download's address with the list's current filters as its query (empty and unset filters left out). */
export function hrefWith(path: string, params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (v === undefined || v === null || v === '' ? [] : [[k, String(v)]]))).toString();
  return q ? `${path}?${q}` : path;
}
