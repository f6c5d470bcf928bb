package org.echoer.plugin.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

class PostgresBatchInsertsTest {

    private final PostgresBatchInserts postProcessor = new PostgresBatchInserts();

    @Test
    void postgresDataSourceRewritesBatchedInserts() {
        HikariDataSource dataSource = dataSource("jdbc:postgresql://127.0.0.1:5432/echoer");

        postProcessor.postProcessBeforeInitialization(dataSource, "dataSource");

        assertThat(dataSource.getDataSourceProperties()).containsEntry(PostgresBatchInserts.PROPERTY, "true");
    }

    @Test
    void otherDatabasesAreLeftAlone() {
        // H2 refuses connection settings it does not know
        HikariDataSource dataSource = dataSource("jdbc:h2:mem:echoer");

        postProcessor.postProcessBeforeInitialization(dataSource, "dataSource");

        assertThat(dataSource.getDataSourceProperties()).doesNotContainKey(PostgresBatchInserts.PROPERTY);
    }

    @Test
    void applicationsOwnSettingStays() {
        HikariDataSource property = dataSource("jdbc:postgresql://127.0.0.1:5432/echoer");
        property.addDataSourceProperty(PostgresBatchInserts.PROPERTY, "false");
        HikariDataSource inUrl = dataSource("jdbc:postgresql://127.0.0.1:5432/echoer?reWriteBatchedInserts=false");

        postProcessor.postProcessBeforeInitialization(property, "dataSource");
        postProcessor.postProcessBeforeInitialization(inUrl, "dataSource");

        assertThat(property.getDataSourceProperties()).containsEntry(PostgresBatchInserts.PROPERTY, "false");
        assertThat(inUrl.getDataSourceProperties()).doesNotContainKey(PostgresBatchInserts.PROPERTY);
    }

    private static HikariDataSource dataSource(String url) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        return dataSource;
    }
}
