package io.sparkpulse.compare;

/**
 * One question of a compare page's FAQ, with its answer written from the data.
 */
public record Faq(String question, String answer) {
}
