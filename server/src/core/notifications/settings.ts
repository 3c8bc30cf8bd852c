import type { ChannelId, DeliveryConfig } from './channel-config';
import { configuredChannels } from './channel-config';
import type { Timing } from './schedule';

/**
 * The deployment's delivery settings as notify() needs them when it records a notice: which outside channels are on and
 * the default timing. Set once per process from the configuration (buildApp); with no channel configured notify()
 * records the in-app notice only.
 */
export interface DeliverySettings {
  channels: ChannelId[];
  defaults: Timing;
}

let current: DeliverySettings = { channels: [], defaults: { digestTime: '08:30', quietStart: '22:00', quietEnd: '07:30' } };

export const deliverySettingsOf = (c: DeliveryConfig): DeliverySettings => ({
  channels: configuredChannels(c),
  defaults: { digestTime: c.digestTime, quietStart: c.quietStart, quietEnd: c.quietEnd },
});

export function useDeliverySettings(s: DeliverySettings): void {
  current = s;
}

export const deliverySettings = (): DeliverySettings => current;
