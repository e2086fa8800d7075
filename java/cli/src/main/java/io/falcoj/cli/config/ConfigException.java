package io.falcoj.cli.config;

/** A configuration Falco would refuse: unreadable file, bad YAML, a key with a wrong value. */
public class ConfigException extends Exception {
	public ConfigException(String message) {
		super(message);
	}
}
