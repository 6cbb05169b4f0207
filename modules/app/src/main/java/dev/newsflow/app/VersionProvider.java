package dev.newsflow.app;

import picocli.CommandLine;

/** The version from the jar manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Newsflow.class.getPackage().getImplementationVersion();
        return new String[] {"newsflow " + (version == null ? "development build" : version)};
    }
}
