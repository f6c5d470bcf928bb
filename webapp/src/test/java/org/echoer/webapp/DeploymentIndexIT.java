package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.echoer.plugin.definition.DeploymentNameIndex;
import org.echoer.webapp.support.EchoerAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** echoer finds its definitions by deployment name; the engine's schema gets an index for that. */
@EchoerAppTest
class DeploymentIndexIT {

    @Autowired
    DataSource dataSource;

    @Test
    void deploymentsAreIndexedByName() throws SQLException {
        List<String> indexed = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            String table = connection.getMetaData().storesLowerCaseIdentifiers() ? "act_re_deployment" : "ACT_RE_DEPLOYMENT";
            try (ResultSet indexes = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
                while (indexes.next()) {
                    String index = indexes.getString("INDEX_NAME");
                    String column = indexes.getString("COLUMN_NAME");
                    if (index != null && column != null) {
                        indexed.add(index.toUpperCase(Locale.ROOT) + " " + column.toUpperCase(Locale.ROOT));
                    }
                }
            }
        }

        assertThat(indexed).contains(DeploymentNameIndex.NAME + " NAME_");
    }
}
