package io.falcoj.cli.output;

/**
 * Falco's throttle: {@code rate} tokens per second refill a bucket of {@code maxTokens}, which
 * starts full; each alert takes one, and alerts find the bucket empty are dropped.
 */
public final class TokenBucket {
	private final double rate;
	private final double maxTokens;
	private double tokens;
	private long lastNanos;

	private boolean started;

	/** A full bucket; time starts at the first claim. */
	public TokenBucket(double rate, double maxTokens) {
		this.rate = rate;
		this.maxTokens = maxTokens;
		this.tokens = maxTokens;
	}

	/** Takes one token at time {@code nowNanos}; false when none is left. */
	public boolean claim(long nowNanos) {
		if (!started) {
			started = true;
			lastNanos = nowNanos;
		}
		if (nowNanos > lastNanos) {
			tokens = Math.min(maxTokens, tokens + rate * (nowNanos - lastNanos) / 1e9);
		}
		lastNanos = Math.max(lastNanos, nowNanos);
		if (tokens < 1) {
			return false;
		}
		tokens -= 1;
		return true;
	}
}
