/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The date a report carries. For reproducible builds it comes from an explicit date or from
 * {@code SOURCE_DATE_EPOCH} (seconds since 1970, UTC; see reproducible-builds.org); only without either is it today.
 */
public final class ReportDate {

    /** The environment variable of the reproducible-builds convention. */
    public static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

    private ReportDate() {
    }

    /**
     * The report date: {@code explicitDate} (ISO {@code yyyy-MM-dd}) if given, else {@code sourceDateEpoch} if given,
     * else today in UTC by {@code clock}.
     *
     * @throws IllegalArgumentException if a given value cannot be read, with a message that says which
     */
    public static LocalDate resolve(Optional<String> explicitDate, Optional<String> sourceDateEpoch, Clock clock) {
        if (explicitDate.isPresent()) {
            try {
                return LocalDate.parse(explicitDate.get().trim());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not a date (yyyy-MM-dd): " + explicitDate.get(), e);
            }
        }
        if (sourceDateEpoch.isPresent() && !sourceDateEpoch.get().isBlank()) {
            try {
                long seconds = Long.parseLong(sourceDateEpoch.get().trim());
                return LocalDate.ofInstant(Instant.ofEpochSecond(seconds), ZoneOffset.UTC);
            } catch (NumberFormatException | java.time.DateTimeException e) {
                throw new IllegalArgumentException(SOURCE_DATE_EPOCH + " is not a number of seconds: "
                        + sourceDateEpoch.get(), e);
            }
        }
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /** The date for this process: {@code explicitDate}, else the environment's {@code SOURCE_DATE_EPOCH}, else today. */
    public static LocalDate resolve(Optional<String> explicitDate) {
        return resolve(explicitDate, Optional.ofNullable(System.getenv(SOURCE_DATE_EPOCH)), Clock.systemUTC());
    }
}
