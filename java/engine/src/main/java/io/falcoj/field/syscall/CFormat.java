package io.falcoj.field.syscall;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** The few printf conversions whose exact output sysdig's text depends on, without String.format. */
final class CFormat {
	private CFormat() {
	}

	/** {@code %g} (precision 6): 6 significant digits, trailing zeros dropped, exponent form outside [1e-4, 1e6). */
	static void appendG(StringBuilder sb, double v) {
		if (v == 0) {
			sb.append('0');
			return;
		}
		if (Double.isNaN(v) || Double.isInfinite(v)) {
			sb.append(Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf");
			return;
		}
		BigDecimal rounded = new BigDecimal(v).round(new MathContext(6, RoundingMode.HALF_EVEN));
		int exponent = rounded.precision() - rounded.scale() - 1;
		if (exponent < -4 || exponent >= 6) {
			BigDecimal mantissa = rounded.movePointLeft(exponent);
			sb.append(stripZeros(mantissa.setScale(5, RoundingMode.HALF_EVEN).toPlainString()));
			sb.append(exponent < 0 ? "e-" : "e+");
			int abs = Math.abs(exponent);
			if (abs < 10) {
				sb.append('0');
			}
			sb.append(abs);
		} else {
			sb.append(stripZeros(rounded.setScale(Math.max(0, 5 - exponent), RoundingMode.HALF_EVEN).toPlainString()));
		}
	}

	private static String stripZeros(String s) {
		if (s.indexOf('.') < 0) {
			return s;
		}
		int end = s.length();
		while (s.charAt(end - 1) == '0') {
			end--;
		}
		if (s.charAt(end - 1) == '.') {
			end--;
		}
		return s.substring(0, end);
	}

	/** {@code %0Nd}: at least {@code width} characters, zero padded after the sign. */
	static void appendPadded(StringBuilder sb, long v, int width) {
		String digits = Long.toString(Math.abs(v));
		if (v == Long.MIN_VALUE) {
			digits = digits.substring(1);
		}
		int len = digits.length() + (v < 0 ? 1 : 0);
		if (v < 0) {
			sb.append('-');
		}
		for (int i = len; i < width; i++) {
			sb.append('0');
		}
		sb.append(digits);
	}
}
