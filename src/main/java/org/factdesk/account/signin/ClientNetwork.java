package org.factdesk.account.signin;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The network a client address belongs to for throttling: its IPv4 /24 or IPv6 /64, the block one person or one
 * small organisation usually holds, so an attacker cannot dodge the per-address limit by hopping addresses within it.
 */
final class ClientNetwork {

    static final String UNKNOWN = "unknown";

    private ClientNetwork() {
    }

    /** {@code a.b.c.0/24} or {@code hhhh:hhhh:hhhh:hhhh::/64}; {@link #UNKNOWN} when the address does not parse. */
    static String of(String ip) {
        if (ip == null || ip.isBlank() || ip.length() > 64 || !ip.matches("[0-9A-Fa-f:.%a-zA-Z]+")) {
            return UNKNOWN;
        }
        String literal = ip.startsWith("[") && ip.endsWith("]") ? ip.substring(1, ip.length() - 1) : ip;
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        if (!literal.contains(":") && !literal.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return UNKNOWN; // a name, not an address: never resolve it
        }
        byte[] bytes;
        try {
            bytes = InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException | SecurityException e) {
            return UNKNOWN;
        }
        if (bytes.length == 4) {
            return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + ".0/24";
        }
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            prefix.append(String.format(Locale.ROOT, "%x", ((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
                    .append(':');
        }
        return prefix.append(":/64").toString();
    }
}
