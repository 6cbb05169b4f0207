package dev.newsflow.extract.stage;

import dev.newsflow.extract.Stage;
import java.time.LocalDate;

/** The stage a sentence gives its event, and the TARGET's deadline (null when none or unknown). */
public record StageReading(Stage stage, LocalDate deadline) {
}
