package org.echoer.webapp.startup;

/** The database's schema was made or upgraded by a newer Camunda than the one this echoer runs. */
final class NewerSchemaException extends RuntimeException {

    private final String databaseVersion;
    private final String engineVersion;

    NewerSchemaException(String databaseVersion, String engineVersion) {
        super("the database schema is of Camunda " + databaseVersion + ", this engine is Camunda " + engineVersion);
        this.databaseVersion = databaseVersion;
        this.engineVersion = engineVersion;
    }

    String databaseVersion() {
        return databaseVersion;
    }

    String engineVersion() {
        return engineVersion;
    }
}
