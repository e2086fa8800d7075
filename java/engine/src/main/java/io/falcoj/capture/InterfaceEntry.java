package io.falcoj.capture;

/** One network interface address from the interface list block. */
public record InterfaceEntry(String name, byte[] address, byte[] netmask, byte[] broadcast) {
}
