package dev.newsflow.clean.text;

import java.time.Duration;

/** The wall-clock budget of one page; stages call {@link #check} between units of work (cooperative timeout). */
public final class Deadline {
    private final long deadlineNanos;
    private final Duration budget;

    private Deadline(Duration budget) {
        this.budget = budget;
        this.deadlineNanos = System.nanoTime() + budget.toNanos();
    }

    public static Deadline in(Duration budget) {
        return new Deadline(budget);
    }

    /** @throws BudgetExceededException when the budget is spent; {@code stage} says where */
    public void check(String stage) {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new BudgetExceededException("time budget of " + budget.toMillis() + " ms exceeded during " + stage);
        }
    }

    /** Thrown by {@link Deadline#check}. */
    public static final class BudgetExceededException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public BudgetExceededException(String message) {
            super(message);
        }
    }
}
