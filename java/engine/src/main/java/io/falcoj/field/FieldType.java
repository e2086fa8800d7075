package io.falcoj.field;

/**
 * The value type of a field, which decides how conditions compare it. What {@link Field#value}
 * returns for each: STRING → String; INT64/UINT64/RELTIME/ABSTIME/PORT → Long; BOOL → Boolean;
 * DOUBLE → Double; IPADDR/IPNET → {@link java.net.InetAddress} bytes as byte[] (4 or 16); BYTES → byte[].
 * A list field ({@link FieldInfo#isList()}) returns a {@code java.util.List} of those.
 */
public enum FieldType {
	STRING, INT64, UINT64, BOOL, DOUBLE, RELTIME, ABSTIME, PORT, IPADDR, IPNET, BYTES;

	public boolean isNumeric() {
		return this == INT64 || this == UINT64 || this == RELTIME || this == ABSTIME || this == PORT;
	}
}
