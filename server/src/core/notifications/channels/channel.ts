import type { ChannelId } from '../channel-config';

/** One message to one person through an outside channel. */
export interface OutgoingMessage {
  title: string;
  body: string;
  /** An absolute address of the page to open, when the deployment's address is known. */
  url?: string | null;
}

/** Whom to reach: the channel's address for the person (e-mail, 企业微信 or 钉钉 userid). */
export interface Recipient {
  name: string;
  address: string;
}

/** A send that did not go through; `permanent` ones are not retried (wrong address, unknown user). Message in Chinese. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean = false,
  ) {
    super(message);
  }
}

export interface Channel {
  id: ChannelId;
  label: string;
  send(to: Recipient, msg: OutgoingMessage): Promise<void>;
}

/** fetch with a time limit; a network failure becomes a (retryable) DeliveryError in Chinese. */
export async function fetchJson(label: string, url: string, init: RequestInit = {}, timeoutMs = 10_000): Promise<Record<string, unknown>> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string; errors?: { code?: string }[] } };
    if (e.name === 'TimeoutError' || e.name === 'AbortError') throw new DeliveryError(`${label}服务器 ${new URL(url).host} 在 ${timeoutMs / 1000} 秒内没有答复，稍后重试`);
    const code = e.cause?.code ?? e.cause?.errors?.[0]?.code ?? e.cause?.message ?? '网络错误';
    throw new DeliveryError(`${label}服务器 ${new URL(url).host} 无法连接（${code}），稍后重试`);
  }
  if (!res.ok) throw new DeliveryError(`${label}服务器答复 HTTP ${res.status}，稍后重试`);
  try {
    return (await res.json()) as Record<string, unknown>;
  } catch {
    throw new DeliveryError(`${label}服务器的答复不是 JSON，稍后重试`);
  }
}
