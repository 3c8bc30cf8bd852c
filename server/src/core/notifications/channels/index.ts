import type { ChannelId, DeliveryConfig } from '../channel-config';
import type { Channel } from './channel';
import { emailChannel } from './email';
import { wecomChannel } from './wecom';
import { dingtalkChannel } from './dingtalk';

export type Channels = Partial<Record<ChannelId, Channel>>;

/** The adapters of the configured channels (absent configuration: the channel is off). */
export function buildChannels(c: Pick<DeliveryConfig, ChannelId>): Channels {
  const out: Channels = {};
  if (c.email) out.email = emailChannel(c.email);
  if (c.wecom) out.wecom = wecomChannel(c.wecom);
  if (c.dingtalk) out.dingtalk = dingtalkChannel(c.dingtalk);
  return out;
}
