// The reference devcontainer's firewall (init-firewall.sh, BRIEF.md pattern 4): iptables in the
// container's network namespace with a default DROP policy. It accepts DNS (udp/53) and SSH (tcp/22)
// to any host, loopback, the Docker host's /24, and the addresses it resolved at start for a short
// list of names (GitHub's published ranges, the npm registry, the Claude API, ...). Everything else is
// rejected with icmp-admin-prohibited, which a client reports as "No route to host".
// Rules match addresses and ports, never names or URLs: a name is allowed only because its address
// was resolved into the set, and anything on port 22 leaves whatever protocol it speaks.
import { decide, layerBase } from './catalog.ts';
import { PASS, type Layer } from './types.ts';

export interface FirewallConfig {
  enabled: boolean;
  allowGitHub: boolean;
  allowedHosts: string[];
  allowSsh: boolean;
  allowDns: boolean;
  allowHostNetwork: boolean;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1']);
/** Names that resolve into the Docker host's own network. */
const HOST_NETWORK = new Set(['host.docker.internal', 'gateway.docker.internal']);

export function containerFirewallLayer(fw: FirewallConfig): Layer {
  const allowed = new Set(fw.allowedHosts.map((h) => h.toLowerCase()));
  return {
    ...layerBase('container-firewall'),
    connect: (a) => {
      if (!fw.enabled) return PASS;
      const host = a.req.host.toLowerCase();
      if (LOOPBACK.has(host)) return decide('container-firewall', 'allow', '-o lo -j ACCEPT', 'loopback traffic stays inside the container');
      if (fw.allowSsh && a.req.port === 22) {
        return decide('container-firewall', 'allow', '-p tcp --dport 22 -j ACCEPT', `port 22 is open to every host, whatever is spoken on it, so ${host}:22 is reachable`);
      }
      if (fw.allowDns && a.req.port === 53) return decide('container-firewall', 'allow', '-p udp --dport 53 -j ACCEPT', 'DNS to any resolver is allowed');
      if (fw.allowHostNetwork && HOST_NETWORK.has(host)) return decide('container-firewall', 'allow', '-d $HOST_NETWORK -j ACCEPT', `${host} is on the Docker host's network, which the script allows`);
      if (fw.allowGitHub && (host === 'github.com' || host.endsWith('.github.com'))) {
        return decide('container-firewall', 'allow', 'GitHub ranges (api.github.com/meta)', `${host} is in GitHub's published address ranges, which the script allows as a whole`);
      }
      if (allowed.has(host)) return decide('container-firewall', 'allow', '-m set --match-set allowed-domains dst', `${host}'s address was resolved into the allowed set at start`);
      return decide('container-firewall', 'deny', 'OUTPUT policy DROP (REJECT icmp-admin-prohibited)', `${host}:${a.req.port} is not in the allowed set, so the packet is rejected`, 'EHOSTUNREACH');
    },
  };
}
