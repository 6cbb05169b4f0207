package dev.newsflow.extract.stage;

import java.time.LocalDate;

/**
 * A deadline named in a sentence (到2025年底前) at [start, end) of the sentence.
 *
 * @param date the last day it allows, or null when the year is not given (到20xx年, templates)
 */
public record Deadline(LocalDate date, int start, int end) {
}
