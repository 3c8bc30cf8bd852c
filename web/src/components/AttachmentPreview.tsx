import { Grid, Space, Typography } from 'antd';

export interface PreviewFile {
  id: number;
  fileName: string;
  mimeType: string;
}

const PDF = 'application/pdf';
const IMAGES = new Set(['image/png', 'image/jpeg']);
/** Whether the server shows this file inline (`?inline=1`): PDF and images only. */
export const previewable = (mimeType: string) => mimeType === PDF || IMAGES.has(mimeType);

/**
 * An attachment shown in the page: a PDF in a frame, an image as itself (both served with `?inline=1`, which only the
 * app may frame); on a phone, where a framed PDF is unusable, a 「查看附件」 link that opens it. Anything else (Word) is
 * a download link. `href` is the file's download address.
 */
export function AttachmentPreview({ file, href, label }: { file: PreviewFile; href: string; label?: string }) {
  const phone = !Grid.useBreakpoint().md;
  const inline = `${href}?inline=1`;
  const title = label ? `${label}：${file.fileName}` : file.fileName;
  const head = (
    <Space wrap size={4} style={{ marginBottom: 4 }}>
      <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>{title}</Typography.Text>
      {previewable(file.mimeType) && <a href={inline} target="_blank" rel="noopener noreferrer">查看附件</a>}
      <a href={href}>下载</a>
    </Space>
  );
  if (phone || !previewable(file.mimeType)) return <div data-testid="attachment" style={{ marginBottom: 8 }}>{head}</div>;
  return (
    <div data-testid="attachment" style={{ marginBottom: 12 }}>
      {head}
      {file.mimeType === PDF ? (
        <iframe src={inline} title={title} style={{ width: '100%', height: 420, border: '1px solid #f0f0f0', display: 'block' }} />
      ) : (
        <img src={inline} alt={title} style={{ maxWidth: '100%', maxHeight: 420, border: '1px solid #f0f0f0', display: 'block' }} />
      )}
    </div>
  );
}
