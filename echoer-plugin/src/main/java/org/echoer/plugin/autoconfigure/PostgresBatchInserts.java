package org.echoer.plugin.autoconfigure;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Has the PostgreSQL driver send the inserts Camunda batches at each flush as multi-row inserts (pgjdbc's
 * {@code reWriteBatchedInserts}): a flush of a group commit inserts dozens of history rows per table, and
 * PostgreSQL then executes one statement per table instead of one per row, which shortens every commit
 * (docs/benchmarks.md). Camunda accepts the "success, no count" answers such batches give for inserts; updates
 * and deletes, whose row counts its optimistic locking reads, are never rewritten. A value the application sets
 * itself, in the URL or as a data source property, stays.
 */
final class PostgresBatchInserts implements BeanPostProcessor {

    static final String PROPERTY = "reWriteBatchedInserts";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource dataSource && appliesTo(dataSource)) {
            dataSource.addDataSourceProperty(PROPERTY, "true");
        }
        return bean;
    }

    private static boolean appliesTo(HikariDataSource dataSource) {
        String url = dataSource.getJdbcUrl();
        return url != null && url.startsWith("jdbc:postgresql:") && !url.contains(PROPERTY)
                && !dataSource.getDataSourceProperties().containsKey(PROPERTY);
    }
}
