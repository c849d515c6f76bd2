import { lookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { Agent } from 'undici';

// Loopback, private, link-local (cloud metadata), carrier-grade NAT, benchmark, multicast and reserved ranges.
const internal = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) internal.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) internal.addSubnet(network, prefix, 'ipv6');

/** True for an address inside a private network (or not an address at all). */
export function isInternalAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  const version = isIP(bare);
  if (version === 4) return internal.check(bare, 'ipv4');
  if (version === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
    return mapped ? internal.check(mapped[1]!, 'ipv4') : internal.check(bare, 'ipv6');
  }
  return true;
}

export class InternalAddressError extends Error {
  constructor(readonly host: string, readonly address: string) {
    super(`${host} resolves to an internal address (${address})`);
  }
}

/**
 * A dispatcher that checks every address a connection is about to use, after DNS resolution: a name that
 * resolves inside the network (including by DNS rebinding) is refused at connect time.
 */
export function publicOnlyAgent(): Agent {
  return new Agent({
    connect: {
      lookup: ((hostname: string, options: object, callback: (error: Error | null, address: string | LookupAddress[], family?: number) => void) => {
        lookup(hostname, { ...options, all: true }, (error, addresses) => {
          if (error) return callback(error, []);
          const bad = addresses.find((a) => isInternalAddress(a.address));
          if (bad) return callback(new InternalAddressError(hostname, bad.address), []);
          const wantsAll = (options as { all?: boolean }).all;
          return wantsAll ? callback(null, addresses) : callback(null, addresses[0]!.address, addresses[0]!.family);
        });
      }) as never,
    },
  });
}
