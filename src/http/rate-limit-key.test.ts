import { describe, expect, it } from 'vitest';
import { clientNetwork } from './rate-limit-key.js';

describe('the network a client is counted under', () => {
  it('counts an IPv4 address as it is', () => {
    expect(clientNetwork('203.0.113.9')).toBe('203.0.113.9');
  });

  it('counts every address of one IPv6 /64 as one client, however it is written', () => {
    const network = '2001:db8:0:1::/64';
    expect(clientNetwork('2001:db8:0:1::1')).toBe(network);
    expect(clientNetwork('2001:0DB8:0000:0001:ffff:ffff:ffff:ffff')).toBe(network);
    expect(clientNetwork('2001:db8::1:0:0:0:7')).toBe(network);
    expect(clientNetwork('2001:db8:0:2::1')).not.toBe(network);
    expect(clientNetwork('::1')).toBe('0:0:0:0::/64');
  });

  it('counts an IPv4 address mapped into IPv6 as the IPv4 address', () => {
    expect(clientNetwork('::ffff:203.0.113.9')).toBe('203.0.113.9');
  });
});
