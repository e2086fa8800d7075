package io.falcoj.capture;

/**
 * One network interface address from the interface list block. Addresses are raw network-order
 * bytes: 4 for IPv4, 16 for IPv6.
 *
 * @param linkSpeed the link speed the capturing host reported, or -1 when the entry carries none
 */
public record InterfaceEntry(String name, byte[] address, byte[] netmask, byte[] broadcast, long linkSpeed) {

	public InterfaceEntry(String name, byte[] address, byte[] netmask, byte[] broadcast) {
		this(name, address, netmask, broadcast, -1);
	}

	public boolean isIpv6() {
		return address.length == 16;
	}
}
