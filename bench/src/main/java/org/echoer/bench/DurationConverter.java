package org.echoer.bench;

import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code 500ms}, {@code 90s}, {@code 10m}, {@code 1h}, or ISO-8601 ({@code PT10M}). */
final class DurationConverter implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        String text = value.trim().toLowerCase(Locale.ROOT);
        try {
            if (text.startsWith("pt")) {
                return Duration.parse(text);
            }
            if (text.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
            }
            long amount = Long.parseLong(text.substring(0, text.length() - 1));
            return switch (text.charAt(text.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                default -> throw new TypeConversionException("'" + value + "': use a unit, as in 90s, 10m or 1h");
            };
        } catch (RuntimeException e) {
            if (e instanceof TypeConversionException known) {
                throw known;
            }
            throw new TypeConversionException("'" + value + "' is not a duration: use 500ms, 90s, 10m or 1h");
        }
    }
}
