package org.echoer.samples;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Durations as people type them on a command line: {@code 0}, {@code 200ms}, {@code 1.5s}, {@code 2m}, or ISO {@code PT2S}. */
final class Durations implements ITypeConverter<Duration> {

    private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)");

    @Override
    public Duration convert(String text) {
        return parse(text);
    }

    static Duration parse(String text) {
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        if (trimmed.equals("0")) {
            return Duration.ZERO;
        }
        if (trimmed.startsWith("pt")) {
            try {
                return nonNegative(text, Duration.parse(trimmed));
            } catch (DateTimeParseException e) {
                throw invalid(text);
            }
        }
        Matcher m = AMOUNT.matcher(trimmed);
        if (!m.matches()) {
            throw invalid(text);
        }
        BigDecimal amount = new BigDecimal(m.group(1));
        BigDecimal nanosPerUnit = BigDecimal.valueOf(switch (m.group(2)) {
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            default -> 3_600_000_000_000L;
        });
        try {
            return Duration.ofNanos(amount.multiply(nanosPerUnit).longValueExact());
        } catch (ArithmeticException e) {
            throw invalid(text);
        }
    }

    private static Duration nonNegative(String text, Duration duration) {
        if (duration.isNegative()) {
            throw invalid(text);
        }
        return duration;
    }

    private static TypeConversionException invalid(String text) {
        return new TypeConversionException(
                "'" + text + "' is not a duration: use 0 or a number with ms, s, m or h, such as 200ms or 2s");
    }
}
