package io.sparkpulse.facts;

import java.time.LocalDate;

/**
 * One entered fact with the address it was checked against and the day it was checked.
 */
public record Sourced<T>(T value, String sourceUrl, LocalDate checkedOn) {

	static <T> Sourced<T> of(T value, String sourceUrl, LocalDate checkedOn) {
		return (value != null) ? new Sourced<>(value, sourceUrl, checkedOn) : null;
	}

}
