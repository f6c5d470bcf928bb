package org.echoer.cli.command;

import picocli.CommandLine.IVersionProvider;

/** {@code echoer --version}: the version written into the jar's manifest at build time. */
public final class CliVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = CliVersion.class.getPackage().getImplementationVersion();
        return new String[] {"echoer " + (version == null ? "(development build)" : version)};
    }
}
