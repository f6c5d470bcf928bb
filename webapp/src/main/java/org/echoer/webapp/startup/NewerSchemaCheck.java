package org.echoer.webapp.startup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;
import org.springframework.stereotype.Component;

/**
 * Refuses a database whose schema a newer Camunda wrote (its {@code ACT_GE_SCHEMA_LOG} names a later
 * minor version than this engine's). Camunda 7 itself only compares a fixed marker and would go on,
 * running old statements on new tables. Runs after the engine's configuration is complete and before
 * its schema operations, so nothing is written to such a database.
 */
@Component
class NewerSchemaCheck extends AbstractProcessEnginePlugin {

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        SchemaVersion engine = SchemaVersion.parse(ProductPropertiesUtil.getProductVersion());
        if (engine == null) {
            return;
        }
        newestSchema(configuration.getDataSource(), configuration.getDatabaseTablePrefix())
                .filter(database -> database.isNewerThan(engine))
                .ifPresent(database -> {
                    throw new NewerSchemaException(database.text(), engine.text());
                });
    }

    private static Optional<SchemaVersion> newestSchema(DataSource dataSource, String tablePrefix) {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            SchemaVersion newest = null;
            try (ResultSet rows = sql.executeQuery("select VERSION_ from " + tablePrefix + "ACT_GE_SCHEMA_LOG")) {
                while (rows.next()) {
                    SchemaVersion version = SchemaVersion.parse(rows.getString(1));
                    if (version != null && (newest == null || version.isNewerThan(newest))) {
                        newest = version;
                    }
                }
            } catch (SQLException noSchemaYet) {
                if (!isMissingTable(noSchemaYet)) {
                    throw noSchemaYet;
                }
            }
            return Optional.ofNullable(newest);
        } catch (SQLException e) {
            // the database cannot be used at all: the same failure the engine would meet, said once
            throw new IllegalStateException("cannot read the database schema version: " + e.getMessage(), e);
        }
    }

    /** Syntax error or access rule violation: 42S02 (H2, SQL standard) and 42P01 (PostgreSQL) for an unknown table. */
    private static boolean isMissingTable(SQLException e) {
        return String.valueOf(e.getSQLState()).startsWith("42");
    }
}
