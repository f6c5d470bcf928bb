package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.echoer.webapp.support.EchoerAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The lookups each flow run and each stale callback make have an index on the database in use. */
@EchoerAppTest
class LookupIndexesIT {

    @Autowired
    DataSource dataSource;

    @Test
    void indexesProcessDefinitionsByKeyTenantAndVersion() throws Exception {
        assertThat(columns("ACT_RE_PROCDEF", "ECHOER_IDX_PROCDEF_KEY_TENANT"))
                .containsExactly("1 KEY_", "2 TENANT_ID_", "3 VERSION_");
        assertThat(columns("ACT_RE_PROCDEF", "ECHOER_IDX_PROCDEF_KEY")).as("superseded").isEmpty();
    }

    /** H2 picks its index by rule: without the tenant column in echoer's index it chose Camunda's tenant index and read every row. */
    @Test
    void camundasLatestVersionLookupReadsOnlyItsKeyOnH2() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assumeTrue(connection.getMetaData().getURL().startsWith("jdbc:h2:"), "H2 only");
            // Camunda's selectLatestProcessDefinitionByKeyWithoutTenantId, as it numbers a new version
            try (ResultSet plan = statement.executeQuery("EXPLAIN SELECT * FROM ACT_RE_PROCDEF RES WHERE KEY_ = 'k'"
                    + " AND TENANT_ID_ IS NULL AND VERSION_ = (SELECT MAX(VERSION_) FROM ACT_RE_PROCDEF"
                    + " WHERE KEY_ = 'k' AND TENANT_ID_ IS NULL)")) {
                plan.next();
                assertThat(plan.getString(1)).doesNotContain("ACT_IDX_PROCDEF_TENANT_ID")
                        .contains("ECHOER_IDX_PROCDEF_KEY_TENANT");
            }
        }
    }

    @Test
    void indexesTheExternalTaskLogByTask() throws Exception {
        assertThat(columns("ACT_HI_EXT_TASK_LOG", "ECHOER_IDX_EXT_TASK_LOG_TASK")).containsExactly("1 EXT_TASK_ID_");
    }

    @Test
    void indexesDeploymentsByNameAndTime() throws Exception {
        assertThat(columns("ACT_RE_DEPLOYMENT", "ECHOER_IDX_DEPLOYMENT_NAME_TIME"))
                .containsExactly("1 NAME_", "2 DEPLOY_TIME_", "3 ID_");
    }

    /** Each name's newest deployment is the last entry of its name in that index: H2 reads no other row. */
    @Test
    void theNewestDeploymentOfANameIsReadThroughItsIndexOnH2() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assumeTrue(connection.getMetaData().getURL().startsWith("jdbc:h2:"), "H2 only");
            try (ResultSet plan = statement.executeQuery("EXPLAIN (SELECT NAME_, ID_, DEPLOY_TIME_ FROM ACT_RE_DEPLOYMENT"
                    + " WHERE NAME_ = 'echoer:action:a' ORDER BY NAME_, DEPLOY_TIME_ DESC, ID_ DESC FETCH FIRST 1 ROWS ONLY)")) {
                plan.next();
                assertThat(plan.getString(1)).contains("ECHOER_IDX_DEPLOYMENT_NAME_TIME").contains("index sorted");
            }
        }
    }

    /** The index's columns in order, looked up in either case (H2 upper, PostgreSQL lower). */
    private List<String> columns(String table, String indexName) throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String name : List.of(table, table.toLowerCase(Locale.ROOT))) {
                try (ResultSet index = connection.getMetaData().getIndexInfo(null, null, name, false, true)) {
                    while (index.next()) {
                        if (indexName.equalsIgnoreCase(index.getString("INDEX_NAME"))) {
                            columns.add(index.getShort("ORDINAL_POSITION") + " "
                                    + index.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        return columns;
    }
}
