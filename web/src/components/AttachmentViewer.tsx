import { useState } from 'react';
import { Button, Grid, Space, Tag, Typography } from 'antd';

export interface PreviewFile {
  id: number;
  fileName: string;
  mimeType: string;
  /** What the file is (the material's name), shown before the file name. */
  label?: string;
}

const PDF = 'application/pdf';
const IMAGES = new Set(['image/png', 'image/jpeg']);
/** Whether the server shows this file inline (`?inline=1`): PDF and images only. */
export const previewable = (mimeType: string) => mimeType === PDF || IMAGES.has(mimeType);

/**
 * A record's attachments read in place: the list of them, and the one chosen shown beside it — a PDF in a frame, an
 * image as itself, both served with `?inline=1` (which only the app may frame). On a phone, where a framed PDF is
 * unusable, each is a 「查看附件」 link that opens it. Anything else (Word) is a download link. `hrefOf` gives a file's
 * download address; `missing` lists required materials not uploaded.
 */
export function AttachmentViewer({ files, hrefOf, missing = [] }: { files: PreviewFile[]; hrefOf: (id: number) => string; missing?: string[] }) {
  const phone = !Grid.useBreakpoint().md;
  const first = files.find((f) => previewable(f.mimeType));
  const [chosen, setChosen] = useState<number | undefined>(first?.id);
  const shown = files.find((f) => f.id === chosen && previewable(f.mimeType)) ?? first;
  const name = (f: PreviewFile) => (f.label ? `${f.label}：${f.fileName}` : f.fileName);
  const list = (
    <div data-testid="attachment-list">
      {files.map((f) => (
        <div key={f.id} data-testid="attachment" style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: 8, padding: '4px 0', borderBottom: '1px solid #f5f5f5' }}>
          {!phone && previewable(f.mimeType) ? (
            <Button type={shown?.id === f.id ? 'primary' : 'text'} size="small" onClick={() => setChosen(f.id)} style={{ whiteSpace: 'normal', height: 'auto', textAlign: 'left' }}>
              {name(f)}
            </Button>
          ) : (
            <Typography.Text style={{ overflowWrap: 'anywhere' }}>{name(f)}</Typography.Text>
          )}
          <Space size={8}>
            {phone && previewable(f.mimeType) && <a href={`${hrefOf(f.id)}?inline=1`} target="_blank" rel="noopener noreferrer">查看附件</a>}
            <a href={hrefOf(f.id)}>下载</a>
          </Space>
        </div>
      ))}
      {missing.map((m) => (
        <div key={m} style={{ padding: '4px 0' }}>
          {m}：<Tag color="red">未上传</Tag>
        </div>
      ))}
    </div>
  );
  if (phone || !shown) return list;
  const src = `${hrefOf(shown.id)}?inline=1`;
  return (
    <div>
      {list}
      <div style={{ marginTop: 8 }} data-testid="attachment-preview">
        {shown.mimeType === PDF ? (
          <iframe key={shown.id} src={src} title={name(shown)} style={{ width: '100%', height: 520, border: '1px solid #f0f0f0', display: 'block' }} />
        ) : (
          <img key={shown.id} src={src} alt={name(shown)} style={{ maxWidth: '100%', maxHeight: 520, border: '1px solid #f0f0f0', display: 'block' }} />
        )}
      </div>
    </div>
  );
}
