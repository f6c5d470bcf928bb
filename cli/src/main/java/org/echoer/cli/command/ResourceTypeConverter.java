package org.echoer.cli.command;

import org.echoer.cli.api.ResourceType;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code action}, {@code flow}, {@code flowrun} (or {@code flow_run}), {@code step} and their plurals. */
final class ResourceTypeConverter implements ITypeConverter<ResourceType> {

    @Override
    public ResourceType convert(String value) {
        return ResourceType.parse(value).orElseThrow(() -> new TypeConversionException(
                "'" + value + "' is not one of " + String.join(", ", ResourceType.words())));
    }
}
