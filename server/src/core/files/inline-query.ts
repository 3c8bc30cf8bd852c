import { z } from 'zod';

/** `?inline=1`: show a PDF or an image in the page instead of downloading it (the default). */
export const inlineQuery = z.object({
  inline: z.enum(['0', '1'], 'inline 应为 0 或 1').optional().describe('1：在页面中预览（仅 PDF 和图片）；默认下载'),
});
