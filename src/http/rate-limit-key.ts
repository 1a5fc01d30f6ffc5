import { isIPv6 } from 'node:net';
import type { FastifyRequest } from 'fastify';

/**
 * The key the rate limit counts a request under: the client's address, an IPv6 client by its
 * /64 network (one subscriber usually holds a whole /64), as @fastify/rate-limit does itself.
 * Its own key generator fails with a TypeError when the client has already hung up, because
 * a closed socket has no address; such a request is counted under one key of its own, and as
 * nobody is left to answer, nothing is logged as an error.
 */
export function rateLimitKey(request: FastifyRequest): string {
  const address = request.ip as string | undefined;
  return address === undefined ? 'closed-connection' : clientNetwork(address);
}

/** An IPv4 address as it is; an IPv6 address as its /64 network; a mapped IPv4 address as IPv4. */
export function clientNetwork(address: string): string {
  if (!isIPv6(address)) return address.toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

/** The eight groups of an IPv6 address, without leading zeros; "::" and a dotted tail expanded. */
function expandIPv6(address: string): string[] {
  const [withoutZone = ''] = address.split('%');
  const groupsOf = (part: string) =>
    part === ''
      ? []
      : part.split(':').flatMap((group) => {
          if (!group.includes('.')) return [group];
          const [a = 0, b = 0, c = 0, d = 0] = group.split('.').map(Number);
          return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
        });
  const [head = '', tail] = withoutZone.split('::');
  const left = groupsOf(head);
  const right = tail === undefined ? [] : groupsOf(tail);
  const filler = Array.from({ length: 8 - left.length - right.length }, () => '0');
  return [...left, ...filler, ...right].map((group) => parseInt(group, 16).toString(16));
}
