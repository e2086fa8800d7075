package io.falcoj.cli;

import io.falcoj.rules.Priority;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DetectionStatsTest {
	@Test
	void summaryListsSeveritiesBySeverityAndRulesInLoadOrder() {
		DetectionStats s = new DetectionStats();
		s.record(7, "late rule", Priority.INFORMATIONAL);
		s.record(2, "early rule", Priority.WARNING);
		s.record(7, "late rule", Priority.INFORMATIONAL);
		assertEquals("""
				Events detected: 3
				Rule counts by severity:
				   WARNING: 1
				   INFO: 2
				Triggered rules by rule name:
				   early rule: 1
				   late rule: 2
				""", s.format());
	}

	@Test
	void emptySummaryStillHasItsHeadings() {
		assertEquals("Events detected: 0\nRule counts by severity:\nTriggered rules by rule name:\n", new DetectionStats().format());
	}
}
