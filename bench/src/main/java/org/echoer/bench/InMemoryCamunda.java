package org.echoer.bench;

import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** Plain Camunda on a fresh in-memory H2 database of Camunda's own schema, for benchmarks of its lookups. */
final class InMemoryCamunda {

    private InMemoryCamunda() {
    }

    /**
     * @param name names the database and the engine (with a random suffix)
     * @param urlSettings H2 settings after the database name, as {@code ;QUERY_CACHE_SIZE=256}; empty for none
     * @return the configuration, its engine built ({@code getProcessEngine()})
     */
    static ProcessEngineConfigurationImpl build(String name, String urlSettings) {
        String unique = name + "_" + UUID.randomUUID();
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:" + unique + ";DB_CLOSE_DELAY=-1" + urlSettings)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
                .setJobExecutorActivate(false)
                .setProcessEngineName(unique);
        configuration.buildProcessEngine();
        return configuration;
    }
}
